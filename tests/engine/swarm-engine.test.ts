// A swarm of three docker:dind nodes on the private engine, through the engine layer only: the nodes'
// engines opened over tcp+TLS with their own certificates, images copied in without a registry, an
// attachable overlay across nodes, a dnsrr service with a task on each node. Uses the kit's stand-in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ContainerCreateBody, type Engine, openEngineAt } from '../../src/main/engine';
import { parseCommand, type RunSpec } from '../../src/main/lessons/commands';
import { createBody } from '../../src/main/lessons/commands/run/create-body';
import { labelsFor } from '../../src/main/lessons/safety/labels';
import { testEngine } from './support';

const labels = labelsFor({ lesson: 'swarm-engine-test' });
const NODES = ['node1', 'node2', 'node3'];
const NETWORK = 'ct-test-nodes';
const OVERLAY = 'ct-test-overlay';
const containerName = (node: string) => `ct-test-${node}`;

/** Polls `probe` until it returns something (not undefined, no throw), or fails with the last error. */
async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what}: not within ${timeoutMs} ms${last ? ` (${last})` : ''}`);
}

/** A container body exactly as `docker run` would send it for `command` (the app's own parser and body). */
function bodyOf(command: string): ContainerCreateBody {
  return createBody(parseCommand(command) as RunSpec, labels);
}

/**
 * A node: this sandbox refuses --privileged ("unable to apply caps") because it withholds
 * CAP_SYS_RESOURCE, which Engine 20.10 asks for, so the node gets what --privileged amounts to.
 */
const nodeBody = (hostname: string) =>
  bodyOf(
    `docker run -d --hostname ${hostname} --network ${NETWORK} -p 127.0.0.1::2376 --cap-add ALL --cap-drop SYS_RESOURCE --security-opt seccomp=unconfined --security-opt systempaths=unconfined docker:dind`,
  );

/** A container on the overlay, on one node's engine. */
const overlayContainer = (image: string, cmd: string[] = []) =>
  bodyOf(['docker run -d --network', OVERLAY, image, ...cmd].join(' '));

let outer: Engine;
/** The alpine container on node2 that the overlay tests look from. */
let lookout = '';
const inner = new Map<string, Engine>();
const node = (name: string): Engine => {
  const engine = inner.get(name);
  if (!engine) throw new Error(`${name}'s engine is not open`);
  return engine;
};

/** Reads the node's client certificates and opens its engine through the published port. */
async function openNode(name: string): Promise<Engine> {
  const id = containerName(name);
  const read = async (file: string) => {
    const result = await outer.exec(id, ['cat', `/certs/client/${file}`]);
    return result.exitCode === 0 && result.stdout.includes('-----END') ? result.stdout : undefined;
  };
  const tls = await until(`${name}'s client certificates`, async () => {
    const [ca, cert, key] = await Promise.all([read('ca.pem'), read('cert.pem'), read('key.pem')]);
    return ca && cert && key ? { ca, cert, key } : undefined;
  });
  const info = await outer.inspectContainer(id);
  const port = Number(info.ports['2376/tcp']?.[0]?.hostPort);
  return until(`${name}'s engine on 127.0.0.1:${port}`, () =>
    openEngineAt({ host: '127.0.0.1', port, tls, label: name, timeoutMs: 2000 }),
  );
}

async function removeAll(): Promise<void> {
  for (const engine of inner.values()) engine.close();
  inner.clear();
  for (const c of await outer.listContainers(labels)) await outer.removeContainer(c.id);
  for (const n of await outer.listNetworks(labels)) await outer.removeNetwork(n.id);
}

beforeAll(async () => {
  outer = await testEngine();
  if (!(await outer.hasImage('docker:dind'))) throw new Error('no docker:dind stand-in: bash tests/kit/images.sh');
  await removeAll();
});

afterAll(async () => {
  if (!outer) return;
  await removeAll();
  expect(await outer.listContainers(labels)).toEqual([]);
  outer.close();
});

describe('a swarm of docker:dind nodes', () => {
  it('forms from three nodes on their own network: 3 Ready with distinct hostnames', async () => {
    const started = performance.now();
    const lap = (what: string) => console.log(`[swarm] ${what}: ${Math.round(performance.now() - started)} ms`);
    await outer.createNetwork(NETWORK, labels);
    await Promise.all(
      NODES.map(async (name) => {
        const { id } = await outer.createContainer(nodeBody(name), containerName(name));
        await outer.startContainer(id);
      }),
    );
    lap('nodes started');
    const engines = await Promise.all(NODES.map(openNode));
    for (const [i, name] of NODES.entries()) inner.set(name, engines[i] as Engine);
    lap('inner engines answer over TLS');
    await Promise.all(NODES.map((name) => outer.copyImagesTo(node(name), ['redis:latest', 'alpine:latest'])));
    lap('images copied');

    const node1 = await outer.inspectContainer(containerName('node1'));
    const managerIp = node1.networks[NETWORK]?.ipAddress ?? '';
    const nodeId = await node('node1').swarmInit({ advertiseAddr: managerIp });
    const { joinTokens } = await node('node1').swarmInspect();
    await Promise.all(
      ['node2', 'node3'].map((name) =>
        node(name).swarmJoin({ remoteAddrs: [`${managerIp}:2377`], joinToken: joinTokens.worker }),
      ),
    );
    const nodes = await until('3 Ready nodes', async () => {
      const list = await node('node1').listNodes();
      return list.filter((n) => n.status === 'ready').length === 3 ? list : undefined;
    });
    lap('swarm of 3 Ready');
    const seconds = (performance.now() - started) / 1000;
    console.log(`[swarm] create nodes → swarm of 3 Ready: ${seconds.toFixed(1)} s (target < 30 s)`);

    expect(nodes.map((n) => n.hostname).sort()).toEqual(NODES);
    expect(nodes.find((n) => n.id === nodeId)).toMatchObject({ managerStatus: 'Leader', role: 'manager' });
    expect(nodes.filter((n) => n.role === 'worker')).toHaveLength(2);
    expect(await node('node2').swarmInfo()).toMatchObject({ localNodeState: 'active', controlAvailable: false });
    expect(await node('node1').swarmInfo()).toMatchObject({ nodeAddr: managerIp, controlAvailable: true });
    expect(seconds).toBeLessThan(30);
  });

  it('lets a container on node2 reach one on node1 by name over an attachable overlay', async () => {
    await node('node1').createNetwork(OVERLAY, labels, 'overlay', { attachable: true });
    const redis = await node('node1').createContainer(overlayContainer('redis:latest'), 'ct-test-redis');
    await node('node1').startContainer(redis.id);
    const client = await node('node2').createContainer(overlayContainer('alpine:latest', ['sleep', '300']));
    await node('node2').startContainer(client.id);
    lookout = client.id;
    // busybox nc has no -z: a redis PING is the proof that the connection went through.
    const ping = await until('PONG from node1', async () => {
      const result = await node('node2').exec(client.id, [
        'sh',
        '-c',
        'printf "PING\\r\\n" | nc -w 2 ct-test-redis 6379',
      ]);
      return result.stdout.includes('+PONG') ? result : undefined;
    });
    expect(ping.exitCode).toBe(0);
  });

  it('runs a dnsrr service with a task on each node, and tasks.NAME resolves to all three', async () => {
    const { id } = await node('node1').createService(
      {
        name: 'ct-test-web',
        image: 'alpine:latest',
        args: ['sleep', '300'],
        replicas: 3,
        networks: [OVERLAY],
        endpointMode: 'dnsrr',
      },
      labels,
    );
    const tasks = await until('3 running tasks', async () => {
      const list = await node('node1').listTasks({ service: 'ct-test-web', desiredState: 'running' });
      return list.filter((t) => t.state === 'running').length === 3 ? list : undefined;
    });
    expect(new Set(tasks.map((t) => t.nodeId)).size).toBe(3);
    expect(tasks.every((t) => t.serviceId === id && t.containerId !== '')).toBe(true);
    const addresses = tasks.flatMap((t) => t.addresses.filter((a) => a.network === OVERLAY)).map((a) => a.address);
    expect(addresses).toHaveLength(3);

    const service = await node('node1').findService('ct-test-web');
    expect(service).toMatchObject({ endpointMode: 'dnsrr', replicas: 3, image: 'alpine:latest', labels });
    expect((await node('node1').listServices(labels)).map((s) => s.name)).toEqual(['ct-test-web']);

    // Node2's DNS learns the tasks through the swarm's gossip, a moment after they run.
    const expected = addresses.map((a) => a.replace(/\/\d+$/, '')).sort();
    const resolved = await until(
      'tasks.NAME resolving to every task',
      async () => {
        const lookup = await node('node2').exec(lookout, ['nslookup', 'tasks.ct-test-web']);
        const found = [...new Set([...lookup.stdout.matchAll(/Address: (\d+\.\d+\.\d+\.\d+)/g)].map((m) => m[1]))];
        return found.length >= expected.length ? found : undefined;
      },
      10_000,
    );
    expect(resolved.sort()).toEqual(expected);

    await node('node1').removeService(id);
    expect(await node('node1').findService('ct-test-web')).toBeUndefined();
  });
});
