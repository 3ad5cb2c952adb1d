// The app notices a lost engine and comes back by itself, against the real private engine: it stops
// the engine (tests/kit/engine.sh stop) and expects the status red and every stream waiting within 2 s
// of the engine's last answer; it starts it again and expects the status green and every stream going
// again within 2 s of its first answer. Many subscribers share one engine event stream throughout.
// It stops the shared engine: run it only inside `flock /work/engine.lock` (see the kit's README).
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { ServerMessage } from '@shared/contract';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Connection, openConnection } from '../../../src/main/api/router';
import { type AppServices, createServices } from '../../../src/main/api/services';
import { privateDockerHost, repoRoot, resetAll, testEngine } from '../support';

const run = promisify(execFile);
const kit = (command: 'start' | 'stop') => run('bash', ['tests/kit/engine.sh', command], { cwd: repoRoot });
const socketPath = () => privateDockerHost().replace(/^unix:\/\//, '');
const NETWORK_SUBSCRIBERS = 20;
const LOG_SUBSCRIBERS = 5;
const WITHIN_MS = 2000;

/** True when the engine answers `GET /_ping` within 200 ms. */
function answers(): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request({ socketPath: socketPath(), path: '/_ping', timeout: 200 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(false));
    req.end();
  });
}

/** Watches the engine every 25 ms and records when it stopped and started answering. */
function watchEngine() {
  const seen = { lastAnswer: Date.now(), firstAnswer: 0, up: true };
  const timer = setInterval(async () => {
    const up = await answers();
    if (up && !seen.up) seen.firstAnswer = Date.now();
    if (up) seen.lastAnswer = Date.now();
    seen.up = up;
  }, 25);
  return { seen, stop: () => clearInterval(timer) };
}

let dir: string;
let services: AppServices;
let connection: Connection;
const messages: Array<ServerMessage & { at: number }> = [];
const networkIds = Array.from({ length: NETWORK_SUBSCRIBERS }, (_, i) => 100 + i);
const logIds = Array.from({ length: LOG_SUBSCRIBERS }, (_, i) => 200 + i);
const ENGINE_ID = 1;

/** When each subscription first got a message of kind `t` after `since` (undefined: not yet). */
const firstOf = (id: number, t: ServerMessage['t'], since: number) =>
  messages.find((m) => m.id === id && m.t === t && m.at >= since)?.at;
const engineStates = (since: number) =>
  messages
    .filter((m) => m.id === ENGINE_ID && m.t === 'evt' && m.at >= since)
    .map((m) => ({ at: m.at, state: (m as { event: { state: string } }).event.state }));

beforeAll(async () => {
  await resetAll(await testEngine()); // no lesson containers: the logs streams follow no container logs
  dir = mkdtempSync(join(tmpdir(), 'ct-engine-loss-'));
  services = await createServices({ dataDir: dir });
  expect(services.engine.status.state).toBe('connected');
  connection = openConnection(services, (message) => messages.push({ ...message, at: Date.now() }));
  connection.receive({ t: 'sub', id: ENGINE_ID, stream: 'engine', params: {} });
  for (const id of networkIds) connection.receive({ t: 'sub', id, stream: 'networks', params: {} });
  for (const id of logIds) connection.receive({ t: 'sub', id, stream: 'logs', params: { tail: 10 } });
});

afterAll(async () => {
  connection?.close();
  if (!(await answers())) await kit('start'); // never leave the shared engine stopped
  await services?.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe('a lost engine', () => {
  it('gives every subscriber one shared engine event stream', async () => {
    await vi.waitFor(() => {
      for (const id of networkIds) expect(firstOf(id, 'evt', 0)).toBeDefined();
    }, 15_000);
    // 20 networks and 5 logs streams (no lesson containers, so no log follows): one events stream.
    await vi.waitFor(() => expect(services.engine.require().openStreams()).toBe(1), 5000);
    // The logs streams share one follow (the main process's log history): one subscriber for all of them.
    expect(services.engine.events().size).toBeGreaterThanOrEqual(2);
  });

  it('turns red and makes every stream wait within 2 s of the engine stopping', async () => {
    const watch = watchEngine();
    const since = Date.now();
    try {
      await kit('stop');
      await vi.waitFor(() => expect(watch.seen.up).toBe(false), 10_000);
      await vi.waitFor(() => expect(services.engine.status.state).toBe('unavailable'), WITHIN_MS + 500);
    } finally {
      watch.stop();
    }
    const gone = watch.seen.lastAnswer;
    const red = engineStates(since).find((s) => s.state === 'unavailable')?.at ?? Number.POSITIVE_INFINITY;
    console.log(`engine stopped answering; status red after ${red - gone} ms`);
    expect(red - gone).toBeLessThan(WITHIN_MS);
    for (const id of [...networkIds, ...logIds]) {
      const waited = firstOf(id, 'wait', since) ?? Number.POSITIVE_INFINITY;
      expect(waited - gone, `stream ${id} waits`).toBeLessThan(WITHIN_MS);
    }
    expect(messages.filter((m) => m.t === 'end')).toEqual([]);
    expect(messages.find((m) => m.t === 'wait')).toMatchObject({ error: { code: 'ENGINE_UNAVAILABLE' } });
  });

  it('turns green and resumes every stream within 2 s of the engine answering again', async () => {
    const watch = watchEngine();
    watch.seen.up = false;
    const since = Date.now();
    try {
      await kit('start');
      await vi.waitFor(() => expect(watch.seen.firstAnswer).toBeGreaterThan(0), 10_000);
      await vi.waitFor(() => expect(services.engine.status.state).toBe('connected'), WITHIN_MS + 500);
      await vi.waitFor(() => {
        for (const id of networkIds) expect(firstOf(id, 'evt', since)).toBeDefined();
      }, WITHIN_MS + 500);
    } finally {
      watch.stop();
    }
    const back = watch.seen.firstAnswer;
    const green = engineStates(since).find((s) => s.state === 'connected')?.at ?? Number.POSITIVE_INFINITY;
    console.log(`engine answered again; status green after ${green - back} ms`);
    expect(green - back).toBeLessThan(WITHIN_MS);
    for (const id of [...networkIds, ...logIds]) {
      const resumed = firstOf(id, 'resume', since) ?? Number.POSITIVE_INFINITY;
      expect(resumed - back, `stream ${id} resumes`).toBeLessThan(WITHIN_MS);
    }
    for (const id of networkIds)
      expect((firstOf(id, 'evt', since) ?? Number.POSITIVE_INFINITY) - back).toBeLessThan(WITHIN_MS);
    await vi.waitFor(() => expect(services.engine.require().openStreams()).toBe(1), 5000);
  });
});
