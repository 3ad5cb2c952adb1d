// The generic check vocabulary against fake engines and outcomes: every kind passes on the state it
// describes and fails, saying what it found, on any other. The lessons' real runs are in tests/engine.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/main/engine';
import { readBefore, verifyAll } from '../../../src/main/lessons/checks';
import type { CheckContext, CheckedOutcome } from '../../../src/main/lessons/checks/types';
import { type LessonCheck, lessonCheckSchema, objectsNamedBy } from '../../../src/main/lessons/checks/vocabulary';
import { usesOfChecks } from '../../../src/main/lessons/safety/uses';

const ours: Record<string, string> = { 'container-talk.app': 'container-talk' };

type Fake = Record<string, unknown>;
const engineOf = (fake: Fake) => ({ endpoint: { publishedHost: '127.0.0.1' }, ...fake }) as unknown as Engine;

/** A context whose nodes are `nodes` by name; the action's engine is `engine`. */
function contextOf(engine: Engine, nodes: Record<string, Engine> = {}): Omit<CheckContext, 'outcome'> {
  return {
    engine,
    ensureImage: async () => undefined,
    engineOn: async (node) => {
      if (!node) return engine;
      const found = nodes[node];
      if (!found) throw new Error(`no node ${node}`);
      return found;
    },
  };
}

function outcomeOf(stdout = '', extra: Partial<CheckedOutcome> = {}): CheckedOutcome {
  return { exitCode: 0, warnings: [], output: [{ stream: 'stdout', text: stdout }], ...extra };
}

const check = (spec: Record<string, unknown>): LessonCheck =>
  lessonCheckSchema.parse({ id: 'c', explain: { en: 'e', id: 'i' }, ...spec });

async function verdictOf(spec: Record<string, unknown>, ctx: Omit<CheckContext, 'outcome'>, outcome = outcomeOf()) {
  const list = [check(spec)];
  const [result] = await verifyAll(ctx, outcome, list, await readBefore(ctx, list));
  // Every check says what it found in Indonesian too (tests/unit/i18n walks each wording of it).
  expect(result?.detailText?.en).toBe(result?.detail);
  expect(result?.detailText?.id).toBeTruthy();
  return { ok: result?.ok, detail: result?.detail };
}

const container = (name: string, fields: Fake = {}) => ({
  id: `${name}-0123456789abcdef`,
  name,
  running: true,
  exitCode: 0,
  labels: ours,
  networks: {},
  ports: {},
  raw: { Name: `/${name}`, State: { Status: 'running' } },
  ...fields,
});

describe('output-matches', () => {
  const ctx = contextOf(engineOf({}));
  const both = outcomeOf('', {
    output: [
      { stream: 'stdout', text: 'ready on port 3000\n' },
      { stream: 'stderr', text: 'warning: deprecated\n' },
    ],
  });

  it('finds the pattern in the stream it names, and says what it found', async () => {
    expect(await verdictOf({ kind: 'output-matches', pattern: 'port (\\d+)' }, ctx, both)).toEqual({
      ok: true,
      detail: '"port 3000" in the output',
    });
    expect(await verdictOf({ kind: 'output-matches', pattern: 'deprecated', stream: 'stdout' }, ctx, both)).toEqual({
      ok: false,
      detail: 'nothing in stdout matches /deprecated/: "ready on port 3000"',
    });
    expect((await verdictOf({ kind: 'output-matches', pattern: 'WARNING', flags: 'i' }, ctx, both)).ok).toBe(true);
  });

  it('with absent, passes only when nothing matches', async () => {
    expect((await verdictOf({ kind: 'output-matches', pattern: 'error', absent: true }, ctx, both)).ok).toBe(true);
    expect(await verdictOf({ kind: 'output-matches', pattern: 'warn\\w+', absent: true }, ctx, both)).toEqual({
      ok: false,
      detail: '"warning" in the output',
    });
  });

  it('lists both Redis keys whatever their order, and not one key twice', async () => {
    const keys = {
      kind: 'output-matches',
      pattern: '^\\s*\\d+\\) "(requests|ip)"\\s*\\n\\s*\\d+\\) "(?!\\1")(requests|ip)"\\s*$',
      flags: 'm',
    };
    expect((await verdictOf(keys, ctx, outcomeOf('redis:6379> KEYS *\r\n1) "ip"\r\n2) "requests"\r\n'))).ok).toBe(true);
    expect((await verdictOf(keys, ctx, outcomeOf('1) "requests"\n2) "ip"\n'))).ok).toBe(true);
    expect((await verdictOf(keys, ctx, outcomeOf('1) "requests"\n2) "requests"\n'))).ok).toBe(false);
    expect((await verdictOf(keys, ctx, outcomeOf('1) "requests"\nredis:6379> GET requests\n'))).ok).toBe(false);
  });
});

/** An engine whose containers answer exec with `answer(command)`. */
function execEngine(answer: (cmd: string[]) => { exitCode: number; stdout: string; stderr?: string }, labels = ours) {
  const execs: string[][] = [];
  const engine = engineOf({
    findContainer: async (name: string) => (name === 'missing' ? undefined : container(name, { labels })),
    exec: async (_id: string, cmd: string[]) => {
      execs.push(cmd);
      return { stderr: '', ...answer(cmd) };
    },
  });
  return { engine, execs };
}

describe('exec', () => {
  const spec = { kind: 'exec', container: 'redis', command: ['redis-cli', 'PING'], output: '^PONG$' };

  it('passes when the command exits as expected and prints what the pattern wants', async () => {
    const { engine, execs } = execEngine(() => ({ exitCode: 0, stdout: 'PONG' }));
    expect(await verdictOf(spec, contextOf(engine))).toEqual({
      ok: true,
      detail: '`redis-cli PING` in redis exited 0 and printed "PONG"',
    });
    expect(execs).toEqual([['redis-cli', 'PING']]);
  });

  it('fails on another exit code or other output', async () => {
    const failing = execEngine(() => ({ exitCode: 1, stdout: '', stderr: 'Could not connect' })).engine;
    expect(await verdictOf(spec, contextOf(failing))).toEqual({
      ok: false,
      detail: '`redis-cli PING` in redis exited 1 and printed "Could not connect"',
    });
    const other = execEngine(() => ({ exitCode: 0, stdout: 'LOADING' })).engine;
    expect((await verdictOf(spec, contextOf(other))).ok).toBe(false);
    expect((await verdictOf({ ...spec, exitCode: 1, output: 'connect' }, contextOf(failing))).ok).toBe(true);
  });

  it('never runs a command in a container the app did not create, nor in a missing one', async () => {
    const { engine, execs } = execEngine(() => ({ exitCode: 0, stdout: 'PONG' }), {});
    expect(await verdictOf(spec, contextOf(engine))).toEqual({
      ok: false,
      detail: 'could not check: redis was not created by this app; the app does not run commands in it',
    });
    expect((await verdictOf({ ...spec, container: 'missing' }, contextOf(engine))).detail).toMatch(
      /no container named missing/,
    );
    expect(execs).toEqual([]);
  });

  it('runs on the node it names', async () => {
    const here = execEngine(() => ({ exitCode: 1, stdout: '' }));
    const node2 = execEngine(() => ({ exitCode: 0, stdout: 'PONG' }));
    expect((await verdictOf({ ...spec, node: 'node2' }, contextOf(here.engine, { node2: node2.engine }))).ok).toBe(
      true,
    );
    expect(here.execs).toEqual([]);
  });
});

describe('counts-up', () => {
  const spec = {
    kind: 'counts-up',
    read: { container: 'redis', command: ['redis-cli', 'GET', 'requests'] },
    pattern: 'Total requests: (\\d+)',
  };
  const counter = (value: string) => execEngine(() => ({ exitCode: 0, stdout: value })).engine;

  it('passes when the action printed the number read before plus one (or by)', async () => {
    expect(await verdictOf(spec, contextOf(counter('3\n')), outcomeOf('Total requests: 4\n', { status: 200 }))).toEqual(
      {
        ok: true,
        detail:
          '`redis-cli GET requests` in redis printed 3 before the action; the action printed "Total requests: 4" (HTTP 200)',
      },
    );
    expect((await verdictOf(spec, contextOf(counter('\n')), outcomeOf('Total requests: 1'))).ok).toBe(true);
    expect((await verdictOf({ ...spec, by: 2 }, contextOf(counter('3')), outcomeOf('Total requests: 5'))).ok).toBe(
      true,
    );
  });

  it('fails on another number, on output without one, and when the read failed', async () => {
    expect((await verdictOf(spec, contextOf(counter('3')), outcomeOf('Total requests: 3'))).ok).toBe(false);
    expect(await verdictOf(spec, contextOf(counter('3')), outcomeOf('cannot reach redis', { status: 503 }))).toEqual({
      ok: false,
      detail: 'nothing in the output (HTTP 503) matches /Total requests: (\\d+)/: "cannot reach redis"',
    });
    const foreign = execEngine(() => ({ exitCode: 0, stdout: '3' }), {}).engine;
    expect((await verdictOf(spec, contextOf(foreign), outcomeOf('Total requests: 4'))).detail).toMatch(
      /failed before the action: redis was not created by this app/,
    );
  });

  it('refuses a pattern without exactly one group when the lesson loads', () => {
    expect(() => check({ ...spec, pattern: 'Total requests: \\d+' })).toThrow(/one group/);
    expect(() => check({ ...spec, pattern: '(' })).toThrow(/not a valid regular expression/);
  });
});

describe('http', () => {
  let server: Server | undefined;
  afterEach(async () => {
    await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
    server = undefined;
  });
  const requests: string[] = [];
  async function serve(status: number, body: string, port = 0): Promise<number> {
    server = createServer((req, res) => {
      requests.push(req.method ?? '');
      res.writeHead(status).end(body);
    });
    await new Promise<void>((resolve) => server?.listen(port, '127.0.0.1', resolve));
    return (server.address() as AddressInfo).port;
  }
  const freePort = async () => {
    const port = await serve(200, '');
    await new Promise((resolve) => server?.close(resolve));
    return port;
  };
  const ctx = contextOf(engineOf({}));

  it('passes on the status and body it expects, and says what answered', async () => {
    const port = await serve(503, 'cannot reach redis at redis:6379: getaddrinfo ENOTFOUND redis\n');
    expect(await verdictOf({ kind: 'http', port, status: 503, body: 'cannot reach redis' }, ctx)).toEqual({
      ok: true,
      detail: `GET http://127.0.0.1:${port}/ answered 503: cannot reach redis at redis:6379: getaddrinfo ENOTFOUND redis`,
    });
    expect((await verdictOf({ kind: 'http', port, status: 200 }, ctx)).ok).toBe(false);
    expect((await verdictOf({ kind: 'http', port, status: 503, body: 'Total requests' }, ctx)).ok).toBe(false);
  });

  it('probes with a method the server itself answers 400 to, which the application never sees', async () => {
    const port = await serve(200, 'Total requests: 1');
    requests.length = 0;
    const verdict = await verdictOf({ kind: 'http', port, method: 'CTPROBE', status: 400, retryForMs: 2000 }, ctx);
    expect(verdict.ok).toBe(true);
    expect(verdict.detail).toMatch(
      new RegExp(`^CTPROBE http://127.0.0.1:${port}/ answered 400 with an empty body \\(after \\d+\\.\\d s\\)$`),
    );
    expect(requests).toEqual([]);
  });

  it('fails when nothing answers, and keeps asking for retryForMs while the server starts', async () => {
    const port = await freePort();
    expect((await verdictOf({ kind: 'http', port }, ctx)).detail).toMatch(
      new RegExp(`^GET http://127.0.0.1:${port}/ got no answer: .*ECONNREFUSED`),
    );
    setTimeout(() => void serve(200, 'hello', port), 600);
    expect((await verdictOf({ kind: 'http', port, body: 'hello', retryForMs: 5000 }, ctx)).ok).toBe(true);
  });

  it('stops waiting when the container the action started has exited', async () => {
    const port = await freePort();
    const engine = engineOf({
      inspectContainer: async () => container('app', { running: false, exitCode: 1 }),
      logs: async () => [{ stream: 'stderr', text: 'Error: Cannot find module express\n' }],
    });
    const started = Date.now();
    const verdict = await verdictOf(
      { kind: 'http', port, retryForMs: 10_000 },
      contextOf(engine),
      outcomeOf('', { containerId: 'abc' }),
    );
    expect(verdict).toEqual({
      ok: false,
      detail: 'the container exited (code 1); its last logs: Error: Cannot find module express\n',
    });
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

/** An engine on which `getent hosts` answers `answer`; it records the containers made and removed. */
function resolverEngine(answer: { code: number; stdout: string }, networkLabels = ours) {
  const made: Array<{ name: string; body: Fake }> = [];
  const removed: string[] = [];
  const engine = engineOf({
    findNetwork: async (name: string) => ({ id: 'n1', name, driver: 'bridge', labels: networkLabels, containers: {} }),
    findContainer: async (name: string) =>
      container(name, { networks: { 'backend-network': { ipAddress: '172.20.0.2', aliases: [], dnsNames: [] } } }),
    createContainer: async (body: Fake, name: string) => {
      made.push({ name, body });
      return { id: `id-${made.length}`, warnings: [] };
    },
    runAttached: async (_id: string, onChunk: (chunk: { stream: string; text: string }) => void) => {
      onChunk({ stream: 'stdout', text: answer.stdout });
      return answer.code;
    },
    removeContainer: async (id: string) => void removed.push(id),
  });
  return { engine, made, removed };
}

describe('resolves', () => {
  const spec = {
    kind: 'resolves',
    name: 'redis',
    from: { network: 'backend-network' },
    address: { container: 'redis', network: 'backend-network' },
  };

  it("resolves from a throwaway container of the app's on the network, and removes it", async () => {
    const { engine, made, removed } = resolverEngine({ code: 0, stdout: '172.20.0.2      redis  redis\n' });
    expect(await verdictOf(spec, contextOf(engine))).toEqual({
      ok: true,
      detail: 'redis from backend-network resolves to 172.20.0.2; redis is 172.20.0.2 on backend-network',
    });
    expect(made).toHaveLength(1);
    expect(made[0]?.name).toMatch(/^container-talk-resolve-[0-9a-f]{8}$/);
    expect(made[0]?.body).toMatchObject({
      Image: 'alpine',
      Cmd: ['getent', 'hosts', 'redis'],
      Labels: ours,
      HostConfig: { NetworkMode: 'backend-network' },
    });
    expect(removed).toEqual(['id-1']);
  });

  it('fails on another address, or on a name that does not resolve', async () => {
    const elsewhere = resolverEngine({ code: 0, stdout: '10.0.0.9 redis\n' });
    expect((await verdictOf(spec, contextOf(elsewhere.engine))).detail).toBe(
      'redis from backend-network resolves to 10.0.0.9; redis is 172.20.0.2 on backend-network',
    );
    const nowhere = resolverEngine({ code: 2, stdout: '' });
    expect(await verdictOf(spec, contextOf(nowhere.engine))).toEqual({
      ok: false,
      detail: 'redis from backend-network does not resolve',
    });
    expect(nowhere.removed).toEqual(['id-1']);
  });

  it('with not-resolves, passes only when the name does not resolve', async () => {
    const notExpected = { ...spec, expect: 'not-resolves', address: undefined };
    expect((await verdictOf(notExpected, contextOf(resolverEngine({ code: 2, stdout: '' }).engine))).ok).toBe(true);
    const found = resolverEngine({ code: 0, stdout: '172.20.0.2 redis\n' }).engine;
    expect(await verdictOf(notExpected, contextOf(found))).toEqual({
      ok: false,
      detail: 'redis from backend-network resolves to 172.20.0.2',
    });
  });

  it('never joins a network the app did not create', async () => {
    const { engine, made } = resolverEngine({ code: 0, stdout: '172.20.0.2 redis\n' }, {});
    expect((await verdictOf(spec, contextOf(engine))).detail).toMatch(
      /The network "backend-network" was not created by this app/,
    );
    expect(made).toEqual([]);
  });
});

describe('inspect', () => {
  const engine = engineOf({
    findNetwork: async (name: string) =>
      name === 'backend-network'
        ? { name, raw: { Name: name, Driver: 'bridge', IPAM: { Config: [{ Subnet: '172.20.0.0/16' }] } } }
        : undefined,
    findService: async (name: string) => ({ name, raw: { Spec: { Name: name, EndpointSpec: { Mode: 'dnsrr' } } } }),
  });
  const ctx = contextOf(engineOf({}), { manager: engine });

  it('reads a field of the inspect JSON by its dot path', async () => {
    const network = { kind: 'inspect', object: 'network', name: 'backend-network', node: 'manager' };
    expect(await verdictOf({ ...network, path: 'Driver', equals: 'bridge' }, ctx)).toEqual({
      ok: true,
      detail: 'Driver = bridge on the network backend-network',
    });
    expect((await verdictOf({ ...network, path: 'IPAM.Config.0.Subnet', matches: '^172\\.' }, ctx)).ok).toBe(true);
    const service = {
      kind: 'inspect',
      object: 'service',
      name: 'web',
      node: 'manager',
      path: 'Spec.EndpointSpec.Mode',
    };
    expect((await verdictOf({ ...service, equals: 'dnsrr' }, ctx)).ok).toBe(true);
  });

  it('fails on another value, a missing field or a missing object', async () => {
    const network = { kind: 'inspect', object: 'network', name: 'backend-network', node: 'manager' };
    expect(await verdictOf({ ...network, path: 'Driver', equals: 'overlay' }, ctx)).toEqual({
      ok: false,
      detail: 'Driver = bridge on the network backend-network',
    });
    expect(await verdictOf({ ...network, path: 'Options.encrypted' }, ctx)).toEqual({
      ok: false,
      detail: 'Options.encrypted = nothing on the network backend-network',
    });
    expect((await verdictOf({ ...network, name: 'gone', path: 'Driver' }, ctx)).detail).toBe('no network named gone');
  });
});

describe('checks of objects on a playground node', () => {
  const onNode = engineOf({
    findContainer: async (name: string) =>
      container(name, { networks: { ingress: { ipAddress: '10.0.0.5', aliases: ['web'], dnsNames: [] } } }),
    findNetwork: async (name: string) => ({ name, driver: 'overlay', subnet: '10.0.1.0/24', gateway: '10.0.1.1' }),
  });
  const ctx = contextOf(engineOf({ findContainer: async () => undefined, findNetwork: async () => undefined }), {
    node2: onNode,
  });

  it('reads the node it names, else the action engine', async () => {
    expect((await verdictOf({ kind: 'container-running', container: 'web', node: 'node2' }, ctx)).ok).toBe(true);
    expect((await verdictOf({ kind: 'container-running', container: 'web' }, ctx)).detail).toBe(
      'no container named web',
    );
    expect((await verdictOf({ kind: 'attached', container: 'web', network: 'ingress', node: 'node2' }, ctx)).ok).toBe(
      true,
    );
    expect(
      (await verdictOf({ kind: 'not-attached', container: 'web', network: 'ingress', node: 'node2' }, ctx)).ok,
    ).toBe(false);
  });

  it('takes a network of any driver, unless the check names one', async () => {
    const exists = { kind: 'network-exists', network: 'overlay-net', node: 'node2' };
    expect(await verdictOf(exists, ctx)).toEqual({
      ok: true,
      detail: 'overlay-net: driver overlay, subnet 10.0.1.0/24, gateway 10.0.1.1',
    });
    expect((await verdictOf({ ...exists, driver: 'bridge' }, ctx)).ok).toBe(false);
  });
});

describe('service-tasks', () => {
  const task = (nodeId: string, state: string) => ({ id: `t-${nodeId}`, nodeId, state, desiredState: 'running' });
  const manager = (tasks: Fake[]) => {
    const asked: Fake[] = [];
    const engine = engineOf({
      findService: async (name: string) => (name === 'web' ? { id: 'svc1', name } : undefined),
      listTasks: async (filter: Fake) => {
        asked.push(filter);
        return tasks;
      },
      listNodes: async () => [
        { id: 'n1', hostname: 'node1' },
        { id: 'n2', hostname: 'node2' },
      ],
    });
    return { engine, asked };
  };

  it('counts the running tasks and says on which nodes they run', async () => {
    const { engine, asked } = manager([task('n1', 'running'), task('n2', 'running'), task('n2', 'starting')]);
    const ctx = contextOf(engineOf({}), { node1: engine });
    expect(await verdictOf({ kind: 'service-tasks', service: 'web', running: 2, node: 'node1' }, ctx)).toEqual({
      ok: true,
      detail: '2 running task(s) of web on node1, node2',
    });
    expect(asked).toEqual([{ service: 'svc1', desiredState: 'running' }]);
    expect((await verdictOf({ kind: 'service-tasks', service: 'web', running: 3, node: 'node1' }, ctx)).ok).toBe(false);
    expect((await verdictOf({ kind: 'service-tasks', service: 'db', running: 1, node: 'node1' }, ctx)).detail).toBe(
      'no service named db',
    );
  });
});

describe('objects the vocabulary names, and what the ownership policy gets of them', () => {
  const checks = [
    check({ kind: 'exec', container: 'redis', command: ['redis-cli', 'PING'] }),
    check({
      kind: 'counts-up',
      read: { container: 'redis-server', command: ['redis-cli', 'GET', 'requests'] },
      pattern: '(\\d+)',
    }),
    check({
      kind: 'resolves',
      name: 'db',
      from: { network: 'frontend-network2' },
      address: { container: 'redis', network: 'frontend-network2' },
    }),
    check({ kind: 'inspect', object: 'service', name: 'web', node: 'node1', path: 'Spec.Name' }),
    check({ kind: 'exec', container: 'worker', command: ['true'], node: 'node2' }),
    check({ kind: 'http', port: 3000 }),
  ];

  it('finds every name, nested ones too, with how the check uses it', () => {
    expect(checks.flatMap(objectsNamedBy)).toEqual([
      { kind: 'container', name: 'redis', use: 'runs-in' },
      { kind: 'container', name: 'redis-server', use: 'runs-in' },
      { kind: 'network', name: 'frontend-network2', use: 'joins' },
      { kind: 'container', name: 'redis', use: 'reads' },
      { kind: 'network', name: 'frontend-network2', use: 'reads' },
      { kind: 'service', name: 'web', use: 'reads', node: 'node1' },
      { kind: 'container', name: 'worker', use: 'runs-in', node: 'node2' },
    ]);
  });

  it("lists the containers checks exec in and the networks they join on the action's engine", () => {
    expect(usesOfChecks(checks)).toEqual({
      containers: ['redis', 'redis-server'],
      running: [],
      networks: ['frontend-network2'],
      ports: [],
    });
  });
});
