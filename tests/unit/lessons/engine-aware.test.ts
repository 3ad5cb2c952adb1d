// Lessons adapt to the engine they run on: Docker 29+ sets no link variables, Podman refuses links and
// resolves names at the network's gateway. The engine answers here are recorded shapes served over a
// real unix socket; the lessons' real runs are in tests/engine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onEngine, verifyAll } from '../../../src/main/lessons/checks';
import { engineNotes } from '../../../src/main/lessons/checks/engine-notes';
import { LessonRunner } from '../../../src/main/lessons/runner';
import type { EngineIdentity } from '../../../src/shared/engine';
import { type FakeServer, type Route, startServer, tempDir } from '../engine/discovery/fake-engine';
import { engineAt } from '../engine-at';
import { lesson } from './lessons';

const json =
  (body: unknown): Route =>
  (_req, res) =>
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));

/** Docker 29 (API 1.52) container inspect: no top-level IPAddress any more, only per network. */
const redisServer29 = {
  Id: 'a52c461998330ebadb0ab2a1753f8f165fd97a96d7a022e080deef2a6abe0fdc',
  Name: '/redis-server',
  Config: { Image: 'redis', Labels: {} },
  State: { Running: true, ExitCode: 0 },
  NetworkSettings: {
    Networks: { bridge: { IPAddress: '172.17.0.2', Gateway: '172.17.0.1', Aliases: null } },
    Ports: {},
  },
};
const podmanNetwork = {
  Id: 'f00d',
  Name: 'backend-network',
  Driver: 'bridge',
  IPAM: { Config: [{ Subnet: '10.89.0.0/24', Gateway: '10.89.0.1' }] },
};

const identity = (product: EngineIdentity['product'], version: string): EngineIdentity => ({
  product,
  version,
  apiVersion: product === 'podman' ? '1.41' : '1.52',
  os: 'linux',
  arch: 'amd64',
});

let server: FakeServer;
let dir: ReturnType<typeof tempDir>;
const engineAs = (product: EngineIdentity['product'], version: string) =>
  engineAt(server.address, identity(product, version), 'fake');

beforeAll(async () => {
  dir = tempDir();
  server = await startServer(`${dir.dir}/engine.sock`, {
    '/containers/redis-server/json': json(redisServer29),
    '/networks/backend-network': json(podmanNetwork),
  });
});
afterAll(async () => {
  await server.close();
  dir.cleanup();
});

const outcome = (stdout: string) => ({
  exitCode: 0,
  warnings: [],
  output: [{ stream: 'stdout' as const, text: stdout }],
});
const linkEnv = {
  id: 'env-link-vars',
  kind: 'link-env' as const,
  alias: 'redis',
  target: 'redis-server',
  explain: { en: 'e', id: 'i' },
};

describe('engine versions', () => {
  it('compares major and minor, ignoring distribution suffixes', () => {
    const engine = engineAs('docker-engine', '20.10.24+dfsg1');
    expect(engine.versionAtLeast(20, 10)).toBe(true);
    expect(engine.versionAtLeast(29)).toBe(false);
    expect(engineAs('docker-engine', '29.6.0').versionAtLeast(29, 6)).toBe(true);
    expect(engineAs('docker-engine', '29.5.9').versionAtLeast(29, 6)).toBe(false);
  });
});

describe('link variables', () => {
  const env29 = 'PATH=/bin\nHOSTNAME=2e9c1ac29f55\nHOME=/root\n';

  it('explains their absence on Docker 29+ instead of failing', async () => {
    const [result] = await verifyAll(
      onEngine(engineAs('docker-engine', '29.0.1')),
      outcome(env29),
      [linkEnv],
      new Map(),
    );
    expect(result).toMatchObject({ ok: true, note: engineNotes.linkEnvRemoved });
  });

  it('requires them before Docker 29, with the address inspect reports per network', async () => {
    const engine = engineAs('docker-engine', '28.5.1');
    expect((await verifyAll(onEngine(engine), outcome(env29), [linkEnv], new Map()))[0]?.ok).toBe(false);
    const withVars = `${env29}REDIS_PORT_6379_TCP_ADDR=172.17.0.2\n`;
    expect((await verifyAll(onEngine(engine), outcome(withVars), [linkEnv], new Map()))[0]).toMatchObject({ ok: true });
  });
});

describe('Podman', () => {
  it('stops the links lesson at its first --link, before calling the engine, and offers the networks lesson', async () => {
    const links = lesson('links');
    const step = links.steps[1];
    const action = step?.actions[0];
    if (!step || !action) throw new Error('links lesson has no link step');
    const before = server.requests.length;
    const result = await new LessonRunner(engineAs('podman', '4.3.1')).runAction(links, step.id, 0, action);
    expect(result.error).toMatchObject({ code: 'LINKS_UNSUPPORTED', fix: expect.stringContaining('networks') });
    expect(result.notes).toEqual([engineNotes.podmanNoLinks]);
    expect(server.requests.length).toBe(before);
  });

  it("accepts the network's gateway as the resolver", async () => {
    const check = {
      id: 'dns',
      kind: 'embedded-dns' as const,
      network: 'backend-network',
      explain: { en: 'e', id: 'i' },
    };
    const resolv = 'search dns.podman\nnameserver 10.89.0.1\n';
    const [result] = await verifyAll(onEngine(engineAs('podman', '4.3.1')), outcome(resolv), [check], new Map());
    expect(result).toMatchObject({ ok: true, note: engineNotes.podmanResolver });
    const [docker] = await verifyAll(
      onEngine(engineAs('docker-engine', '20.10.24')),
      outcome(resolv),
      [check],
      new Map(),
    );
    expect(docker?.ok).toBe(false);
  });
});
