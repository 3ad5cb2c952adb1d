// Docker Engine 29 behaviour this machine's engine (20.10) cannot show, on answers recorded in the
// shape of Docker's API reference (v1.52+): the create-time warning for links on the default bridge
// (29.6+), and container inspect without the top-level IPAddress (addresses only per network).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/main/engine/engine';
import { onEngine, verifyAll } from '../../../src/main/lessons/checks';
import { engineNotes } from '../../../src/main/lessons/checks/engine-notes';
import { LessonRunner } from '../../../src/main/lessons/runner';
import { type FakeServer, type Route, startServer, tempDir } from '../engine/discovery/fake-engine';
import { engineAt } from '../engine-at';
import { lesson } from './lessons';

const LINK_WARNING =
  'Links on the default bridge network are deprecated and will be removed in a future release. Use user-defined networks instead.';
const APP_ID = 'c0ffee'.repeat(10).slice(0, 64);

const reply =
  (status: number, body?: unknown): Route =>
  (_req, res) => {
    res.writeHead(status, { 'Content-Type': 'application/json' }).end(body === undefined ? '' : JSON.stringify(body));
  };

/** API 1.52 inspect: NetworkSettings has no IPAddress of its own any more. */
const redisServer = {
  Id: 'a52c461998330ebadb0ab2a1753f8f165fd97a96d7a022e080deef2a6abe0fdc',
  Name: '/redis-server',
  // Started by the links lesson's first step: the app links only to containers it created.
  Config: { Image: 'redis', Labels: { 'container-talk.app': 'container-talk', 'container-talk.lesson': 'links' } },
  State: { Running: true, ExitCode: 0 },
  NetworkSettings: {
    Networks: { bridge: { IPAddress: '172.17.0.2', Gateway: '172.17.0.1', Aliases: null, DNSNames: null } },
    Ports: { '6379/tcp': null },
  },
};

let server: FakeServer;
let dir: ReturnType<typeof tempDir>;
let engine: Engine;

beforeAll(async () => {
  dir = tempDir();
  server = await startServer(`${dir.dir}/docker29.sock`, {
    '/containers/json': reply(200, []),
    '/containers/create': reply(201, { Id: APP_ID, Warnings: [LINK_WARNING] }),
    [`/containers/${APP_ID}/start`]: reply(204),
    '/containers/redis-server/json': reply(200, redisServer),
  });
  const identity = {
    product: 'docker-engine' as const,
    version: '29.6.0',
    apiVersion: '1.54',
    os: 'linux',
    arch: 'amd64',
  };
  engine = engineAt(server.address, identity);
});
afterAll(async () => {
  await server.close();
  dir.cleanup();
});

describe('Docker 29.6+: links on the default bridge', () => {
  it("shows the engine's warning as the CLI does, with a note for the learner", async () => {
    const links = lesson('links');
    const step = links.steps.find((s) => s.id === 'connect-app');
    const action = step?.actions[0];
    if (!step || !action) throw new Error('links lesson has no app step');
    const result = await new LessonRunner(engine).runAction(links, step.id, 0, { ...action, checks: [] });
    expect(result.error).toBeUndefined();
    expect(result.warnings).toEqual([LINK_WARNING]);
    expect(result.output).toContainEqual({ stream: 'stderr', text: `WARNING: ${LINK_WARNING}\n` });
    expect(result.notes).toEqual([engineNotes.linksDeprecated]);
    const create = result.apiCalls.find((call) => call.path === '/containers/create');
    expect(create?.body).toMatchObject({ HostConfig: { Links: ['redis-server:redis'] } });
  });
});

describe('API 1.52 inspect: addresses per network only', () => {
  const explain = { en: 'e', id: 'i' };
  const outcome = (text: string) => ({ exitCode: 0, warnings: [], output: [{ stream: 'stdout' as const, text }] });

  it("finds redis-server's address for the hosts line and the ping", async () => {
    const hosts = '127.0.0.1\tlocalhost\n172.17.0.2\tredis a52c46199833 redis-server\n';
    const ping =
      'PING redis (172.17.0.2): 56 data bytes\n64 bytes from 172.17.0.2: seq=0 ttl=64 time=0.1 ms\n1 packets transmitted, 1 packets received, 0% packet loss\n';
    const [entry] = await verifyAll(
      onEngine(engine),
      outcome(hosts),
      [{ id: 'h', kind: 'hosts-link-entry', alias: 'redis', target: 'redis-server', explain }],
      new Map(),
    );
    const [reached] = await verifyAll(
      onEngine(engine),
      outcome(ping),
      [{ id: 'p', kind: 'ping-reply', target: 'redis-server', explain }],
      new Map(),
    );
    expect(entry?.ok).toBe(true);
    expect(reached?.ok).toBe(true);
  });
});
