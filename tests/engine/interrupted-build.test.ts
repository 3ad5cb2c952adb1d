// A build cut off midway says what happened: the connection to the engine broke (the engine answers
// again: run the step again), or the engine went away. The cut is made in a socket relay between the
// app and the private engine, which itself keeps running.
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openEngine } from '../../src/main/engine/engine';
import type { ActionContext } from '../../src/main/lessons/execute/context';
import { provideImage } from '../../src/main/lessons/execute/images';
import { AppError } from '../../src/shared/errors';
import { docker, privateDockerHost } from './support';

const tag = 'ctk-test/interrupted-build';
let dir: string;

/** A relay between the app and the engine: its server, and every connection through it. */
interface Relay {
  server: Server;
  open: Set<Socket>;
}

/**
 * A unix socket that relays to the private engine, and cuts the connection of a build once the engine
 * has answered it (the response's headers reach the app, its progress never does). `onCut` runs first.
 */
async function relay(path: string, onCut: (relay: Relay) => void): Promise<Relay> {
  const target = privateDockerHost().replace('unix://', '');
  const open = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(target);
    let build = false;
    for (const socket of [client, upstream]) {
      open.add(socket);
      socket.on('close', () => open.delete(socket));
      socket.on('error', () => undefined);
    }
    client.on('data', (chunk: Buffer) => {
      build ||= /^POST \S*\/build\?/.test(chunk.toString('latin1'));
      upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => {
      const headersEnd = chunk.indexOf('\r\n\r\n');
      if (!build || headersEnd < 0) return client.write(chunk);
      client.write(chunk.subarray(0, headersEnd + 4));
      onCut({ server, open });
      client.destroy();
      upstream.destroy();
    });
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(path, resolve));
  return { server, open };
}

/** Builds the example app as `tag` through the relay at `path`; returns the error the learner reads. */
async function buildThrough(path: string): Promise<AppError> {
  const engine = await openEngine({ env: { DOCKER_HOST: `unix://${path}` } });
  // Only what a build reads (newer contexts carry more, e.g. a cancel signal).
  const ctx = {
    engine,
    origin: { lesson: 'test', step: 'build', action: 0 },
    localImages: [{ image: tag, context: 'example-app' }],
    onOutput: () => undefined,
    onProgress: () => undefined,
    signal: new AbortController().signal,
    uncancellable: (work: () => Promise<unknown>) => work(),
  } as ActionContext;
  const error = await provideImage(ctx, tag).then(
    () => new Error('the build finished'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ct-build-'));
});
afterEach(async () => {
  await docker('rmi', '-f', tag).catch(() => undefined);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a build cut off midway', () => {
  it('says the build was interrupted when the engine still answers', async () => {
    const { server } = await relay(join(dir, 'relay-1.sock'), () => undefined);
    try {
      const error = await buildThrough(join(dir, 'relay-1.sock'));
      expect(error).toMatchObject({ code: 'BUILD_FAILED', message: expect.stringMatching(/was interrupted/) });
      expect(`${error.message} ${error.fix}`).not.toMatch(/base image/);
    } finally {
      server.close();
    }
  });

  it('says the engine went away when it no longer answers', async () => {
    // The engine goes away: no new connection, and every open one (a request may reuse one) breaks.
    await relay(join(dir, 'relay-2.sock'), ({ server, open }) => {
      server.close();
      for (const socket of open) socket.destroy();
    });
    const error = await buildThrough(join(dir, 'relay-2.sock'));
    expect(error).toMatchObject({ code: 'ENGINE_UNAVAILABLE', message: expect.stringMatching(/stopped answering/) });
    expect(`${error.message} ${error.fix}`).not.toMatch(/base image/);
  });
});
