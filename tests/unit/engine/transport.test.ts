// The engine transport (src/main/engine/transport) against a real HTTP server on a unix socket: it never
// follows a redirect, always settles, keeps to its time limits, can be cancelled and closed, and records calls.
import { once } from 'node:events';
import http from 'node:http';
import net from 'node:net';
import { verbatim } from '@shared/messages';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectApiCalls } from '../../../src/main/engine/api-log';
import { withAbortSignal } from '../../../src/main/engine/cancel';
import { toAppError } from '../../../src/main/engine/errors';
import {
  EngineAbortError,
  EngineHttpError,
  EngineRefError,
  EngineTimeoutError,
} from '../../../src/main/engine/transport/errors';
import { enginePath, ImageRef } from '../../../src/main/engine/transport/path';
import { clientAt } from '../engine-at';
import { tempDir } from './discovery/fake-engine';

const dir = tempDir();
const socketPath = `${dir.dir}/engine.sock`;
const seen: string[] = [];
let server: http.Server;
let outsider: net.Server;
let outsiderConnections = 0;

const clientFor = (path = socketPath) => clientAt(path);

beforeAll(async () => {
  outsider = net.createServer((socket) => {
    outsiderConnections++;
    socket.destroy();
  });
  outsider.listen(0, '127.0.0.1');
  await once(outsider, 'listening');
  const { port } = outsider.address() as net.AddressInfo;
  server = http.createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    if (req.url?.startsWith('/redirect')) res.writeHead(301, { Location: `http://127.0.0.1:${port}/steal` }).end();
    else if (req.url?.startsWith('/hang'))
      return; // never answers
    else if (req.url?.startsWith('/missing'))
      res.writeHead(404, { 'Content-Type': 'application/json' }).end('{"message":"No such container: x"}');
    else if (req.url?.startsWith('/follow'))
      res.writeHead(200).write('first\n'); // and never ends
    else {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => res.writeHead(200).end(JSON.stringify({ url: req.url, body })));
    }
  });
  server.on('upgrade', (req, socket) => {
    seen.push(`UPGRADE ${req.url}`);
    socket.write('HTTP/1.1 101 UPGRADED\r\nConnection: Upgrade\r\nUpgrade: tcp\r\n\r\nhello');
    socket.on('data', (data) => socket.write(data)); // echo
  });
  server.listen(socketPath);
  await once(server, 'listening');
});

afterAll(async () => {
  server.closeAllConnections();
  server.close();
  outsider.close();
  dir.cleanup();
});

describe('the engine transport', () => {
  it('never follows a redirect: the 301 is an error, and its Location is never dialled', async () => {
    const client = clientFor();
    const error = await client.json({ method: 'GET', path: '/redirect/../links' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EngineHttpError);
    expect((error as EngineHttpError).statusCode).toBe(301);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(outsiderConnections).toBe(0);
    client.close();
  });

  it('keeps every name one path segment, and refuses what dockerd would decode into another path', () => {
    expect(enginePath`/containers/${'a?b#c%d'}/json`).toBe('/containers/a%3Fb%23c%25d/json');
    expect(enginePath`/networks/${'a..b'}`).toBe('/networks/a..b');
    expect(enginePath`/images/${new ImageRef('library/redis:7')}/json`).toBe('/images/library%2Fredis%3A7/json');
    const refused = ['..', '.', '', '../127.0.0.1:18999/steal', '../x', 'a\u0000b', 'a\r\nb'];
    for (const bad of [...refused, 'x'.repeat(513)])
      expect(() => enginePath`/containers/${bad}/json`).toThrow(EngineRefError);
    for (const bad of ['a/../b', '/redis', 'redis/', 'a/./b'])
      expect(() => enginePath`/images/${new ImageRef(bad)}/json`).toThrow(EngineRefError);
  });

  it("reports the engine's own message and status, as a coded app error", async () => {
    const client = clientFor();
    const error = await client.json({ method: 'GET', path: '/missing' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ statusCode: 404, message: 'No such container: x' });
    expect(toAppError(error, verbatim('inspecting x'))).toMatchObject({ code: 'NOT_FOUND', statusCode: 404 });
    client.close();
  });

  it('gives up on an engine that does not answer, within the time limit, saying the connection was open', async () => {
    const client = clientFor();
    const started = Date.now();
    const error = await client.json({ method: 'GET', path: '/hang', timeoutMs: 300 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EngineTimeoutError);
    expect((error as EngineTimeoutError).connected).toBe(true);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(toAppError(error).code).toBe('ENGINE_UNAVAILABLE');
    client.close();
  });

  it('cancels the requests made inside withAbortSignal, including streams already open', async () => {
    const client = clientFor();
    const controller = new AbortController();
    const pending = withAbortSignal(controller.signal, async () => {
      const stream = await client.stream({ method: 'GET', path: '/follow' });
      const ended = once(stream, 'close');
      const hang = client.json({ method: 'GET', path: '/hang' });
      hang.catch(() => undefined); // awaited below, after the stream closed
      controller.abort();
      await ended;
      return hang;
    });
    await expect(pending).rejects.toBeInstanceOf(EngineAbortError);
    expect(client.openStreams()).toBe(0);
    await expect(withAbortSignal(controller.signal, () => client.json({ method: 'GET', path: '/x' }))).rejects.toThrow(
      'was cancelled',
    );
    client.close();
  });

  it('close() ends what is in flight and refuses what comes after', async () => {
    const client = clientFor();
    const stream = await client.stream({ method: 'GET', path: '/follow' });
    const hang = client.json({ method: 'GET', path: '/hang' });
    expect(client.openStreams()).toBe(1);
    const streamError = new Promise((resolve) => stream.once('error', resolve));
    const streamClosed = new Promise((resolve) => stream.once('close', resolve));
    client.close();
    await expect(hang).rejects.toMatchObject({ reason: 'closed' });
    // A reader of the stream learns why it ended (one destroyed without an error would just stop).
    await expect(streamError).resolves.toMatchObject({ reason: 'closed' });
    await streamClosed;
    expect(client.openStreams()).toBe(0);
    await expect(client.json({ method: 'GET', path: '/x' })).rejects.toMatchObject({ reason: 'closed' });
  });

  it('reports a missing socket as a settled error, never an unhandled one', async () => {
    const client = clientFor(`${dir.dir}/nothing.sock`);
    await expect(client.json({ method: 'GET', path: '/_ping' })).rejects.toMatchObject({ code: 'ENOENT' });
    expect(toAppError(await client.json({ method: 'GET', path: '/_ping' }).catch((e) => e)).code).toBe(
      'ENGINE_UNAVAILABLE',
    );
    client.close();
  });

  it('records method, path, query and JSON body for "under the hood", and sends them apart', async () => {
    const client = clientFor();
    const calls: Parameters<typeof collectApiCalls>[0] = [];
    const answer = await collectApiCalls(calls, () =>
      client.json<{ url: string; body: string }>({
        method: 'POST',
        path: '/containers/create',
        query: { name: 'redis-server', skip: undefined },
        body: { Image: 'redis' },
      }),
    );
    expect(answer).toEqual({ url: '/containers/create?name=redis-server', body: '{"Image":"redis"}' });
    expect(calls).toEqual([
      { method: 'POST', path: '/containers/create', query: { name: 'redis-server' }, body: { Image: 'redis' } },
    ]);
    client.close();
  });

  it('hands over the raw socket of a hijacked connection, bytes after the 101 included', async () => {
    const client = clientFor();
    const socket = await client.upgrade({ method: 'POST', path: '/containers/x/attach', query: { stdin: true } });
    const received: Buffer[] = [];
    socket.on('data', (data: Buffer) => received.push(data));
    socket.write(' world');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(Buffer.concat(received).toString()).toBe('hello world');
    expect(client.openStreams()).toBe(1);
    client.close();
  });
});
