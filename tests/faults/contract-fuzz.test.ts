// Issue 8: one contract message crashed the app (a name of `..` became an Engine API path, dockerd
// redirected, the redirect's request had no error listener). This fuzz sends thousands of messages,
// made from the contract's own schemas, to browser mode running as a real process, whose engine is a
// counting proxy in front of the private test engine. Seeded: the same messages on every run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strayErrorPrefix } from '../../src/main/process-guard';
import { type RunningApp, startBrowserMode } from '../browser-mode';
import { type EngineProxy, type EngineRequest, startEngineProxy, startTrap, type Trap } from './engine-proxy';
import { keepFigures } from './figures';
import { FuzzClient, type Outcome } from './fuzz-client';
import { clean, type FuzzFigures, fuzzTable } from './fuzz-figures';
import { contractMessages } from './messages';
import { seededRng } from './schema-walk';

const SEED = 20_261_130;
/** Over the WebSocket's 1 MiB limit: the server drops the connection (1009) and serves on. */
const oversizedFrames = [
  'x'.repeat(2 << 20),
  JSON.stringify({ t: 'req', id: 1, op: 'step.run', input: { lesson: 'l'.repeat(2 << 20) } }),
];

function privateEngineSocket(): string {
  const host = process.env.DOCKER_HOST ?? '';
  if (!host.startsWith('unix://'))
    throw new Error('DOCKER_HOST must be the private engine: eval "$(bash tests/kit/engine.sh env)"');
  return host.slice('unix://'.length);
}

let dir: string;
let trap: Trap;
let proxy: EngineProxy;
let app: RunningApp;
const strayErrors: string[] = [];
let outcomes: Outcome[] = [];
let oversizedCodes: number[] = [];
let engineCallsFromRefused = -1;
let alive = false;
const goodReplies: unknown[] = [];
let engineCallsOfGoodRequest = 0;
let uncodedErrors = 0;

/** The engine session pings every second while connected, whatever the messages do: not theirs. */
const isPing = (request: EngineRequest) => /^\/(v[\d.]+\/)?_ping([?#]|$)/.test(request.target);
const messageCalls = () => proxy.requests.filter((request) => !isPing(request)).length;

/** Sends every message in order on one connection. */
async function sendAll(messages: Outcome['message'][]): Promise<Outcome[]> {
  const client = await FuzzClient.open(app.url);
  const results: Outcome[] = [];
  for (const message of messages) results.push(await client.send(message));
  await client.settle();
  uncodedErrors += client.uncodedErrors();
  client.close();
  return results;
}

/** Waits until the proxy has seen no new request but pings for `quietMs` (earlier messages' work has settled). */
async function settle(quietMs = 1_000): Promise<void> {
  for (let seen = -1; seen !== messageCalls(); await new Promise((r) => setTimeout(r, quietMs))) {
    seen = messageCalls();
  }
}

/** Replays only the refused messages on a fresh connection and counts the Engine API requests meanwhile. */
async function engineCallsDuring(messages: Outcome['message'][]): Promise<number> {
  await settle();
  const before = messageCalls();
  const replayed = await sendAll(messages);
  await new Promise((r) => setTimeout(r, 500));
  expect(replayed.filter((o) => !o.refusedWith).map((o) => o.message.label)).toEqual([]);
  return messageCalls() - before;
}

async function goodRequest(): Promise<void> {
  const client = await FuzzClient.open(app.url);
  const before = messageCalls();
  for (const [op, input] of [
    ['engine.status', {}],
    ['lesson.resetPlan', { lesson: 'networks' }],
  ] as const) {
    goodReplies.push(await client.request(op, input));
  }
  engineCallsOfGoodRequest = messageCalls() - before;
  client.close();
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ct-faults-'));
  trap = await startTrap();
  proxy = await startEngineProxy(privateEngineSocket(), join(dir, 'engine.sock'));
  app = await startBrowserMode({ DOCKER_HOST: `unix://${proxy.socketPath}` });
  app.process.stderr?.on('data', (chunk: Buffer) => {
    strayErrors.push(
      ...chunk
        .toString()
        .split('\n')
        .filter((line) => line.startsWith(strayErrorPrefix)),
    );
  });
  const messages = contractMessages(seededRng(SEED), trap.port);
  outcomes = await sendAll(messages);
  oversizedCodes = await Promise.all(oversizedFrames.map((frame) => FuzzClient.closeCodeFor(app.url, frame)));
  engineCallsFromRefused = await engineCallsDuring(outcomes.filter((o) => o.refusedWith).map((o) => o.message));
  await goodRequest();
  alive = app.process.exitCode === null && app.process.signalCode === null;
}, 180_000);

afterAll(async () => {
  await app?.stop();
  await proxy?.close();
  await trap?.close();
  rmSync(dir, { recursive: true, force: true });
});

function figures(): FuzzFigures {
  return {
    messagesSent: outcomes.length + oversizedCodes.length,
    refused: outcomes.filter((o) => o.refusedWith).length + oversizedCodes.filter((code) => code === 1009).length,
    missedRefusals: outcomes.filter((o) => o.message.expect === 'refused' && !o.refusedWith).length,
    unanswered: outcomes.filter((o) => !o.answered).length,
    engineCallsFromRefused,
    escapedRequests: proxy.escapes.length + trap.hits,
    strayErrors: strayErrors.length,
    serverAlive: alive && goodReplies.every((reply) => reply !== undefined && !('error' in (reply as object))),
  };
}

describe('the contract under fuzz (browser mode, a counting proxy before the private engine)', () => {
  it('sent thousands of messages over every operation and stream', () => {
    expect(outcomes.length).toBeGreaterThan(3000);
  });

  it('refuses every message that had to be refused, with a contract code', () => {
    const missed = outcomes.filter((o) => o.message.expect === 'refused' && !o.refusedWith);
    expect(missed.map((o) => o.message.label)).toEqual([]);
    expect(oversizedCodes).toEqual(oversizedFrames.map(() => 1009));
  });

  it('answers every request and broken frame, and every error it sends has a code', () => {
    expect(outcomes.filter((o) => !o.answered).map((o) => o.message.label)).toEqual([]);
    expect(uncodedErrors).toBe(0);
  });

  it('lets no refused message reach the engine', () => {
    expect(engineCallsFromRefused).toBe(0);
  });

  it("sends no Engine API request with a dot segment, and none out of the engine's socket", () => {
    expect(proxy.escapes).toEqual([]);
    expect(trap.hits).toBe(0);
  });

  it('is still alive at the end, reports no stray error, and still answers good requests through the engine', () => {
    expect(alive).toBe(true);
    expect(strayErrors).toEqual([]);
    expect(goodReplies[0]).toMatchObject({ state: 'connected' });
    expect(goodReplies[1]).toMatchObject({ containers: expect.any(Array), networks: expect.any(Array) });
    // The good request reached the engine through the proxy: counting works, so the zeros above mean something.
    expect(engineCallsOfGoodRequest).toBeGreaterThan(0);
  });

  it('keeps its figures in test-results/ and does no worse than docs/reliability.md', () => {
    const current = figures();
    const pings = proxy.requests.filter(isPing).length;
    const extra = { seed: SEED, engineCallsTotal: proxy.requests.length, pings };
    expect(keepFigures(fuzzTable, current, { clean: clean(current), extra })).toEqual([]);
  });
});
