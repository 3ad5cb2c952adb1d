// The swarm calls (src/main/engine/swarm.ts) and image save/load against a fake engine on a unix socket:
// what each sends, and how the engine's answers become the engine layer's own types.
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceAnswer } from '../../../src/main/engine/api-types';
import { copyImages, loadImage, saveImages } from '../../../src/main/engine/images';
import {
  createService,
  findService,
  listNodes,
  listTasks,
  serviceBody,
  swarmInfo,
  swarmInit,
  swarmJoin,
  swarmLeave,
  toService,
  toTask,
} from '../../../src/main/engine/swarm';
import { EngineClient } from '../../../src/main/engine/transport/client';
import { type FakeServer, type Route, startServer, tempDir } from './discovery/fake-engine';

const dir = tempDir();
const seen: Array<{ method: string; url: string; body: string }> = [];
let server: FakeServer;
let client: EngineClient;

const answer =
  (status: number, body: unknown, contentType = 'application/json'): Route =>
  (req, res) => {
    let text = '';
    req.on('data', (chunk) => (text += chunk));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', body: text });
      res
        .writeHead(status, { 'Content-Type': contentType })
        .end(typeof body === 'string' ? body : JSON.stringify(body));
    });
  };

const NODES = [
  {
    ID: 'n1',
    Spec: { Role: 'manager', Availability: 'active', Labels: {} },
    Description: { Hostname: 'node1', Engine: { EngineVersion: '20.10.24' } },
    Status: { State: 'ready', Addr: '10.213.2.2' },
    ManagerStatus: { Leader: true, Reachability: 'reachable', Addr: '10.213.2.2:2377' },
  },
  {
    ID: 'n2',
    Spec: { Role: 'manager', Availability: 'drain' },
    Description: { Hostname: 'node2', Engine: { EngineVersion: '20.10.24' } },
    Status: { State: 'down', Addr: '10.213.2.3' },
    ManagerStatus: { Leader: false, Reachability: 'unreachable' },
  },
  { ID: 'n3', Spec: { Role: 'worker', Availability: 'active' }, Description: { Hostname: 'node3' }, Status: {} },
];

const TASK = {
  ID: 't1',
  ServiceID: 's1',
  Slot: 2,
  NodeID: 'n3',
  DesiredState: 'running',
  Status: { State: 'running', Message: 'started', ContainerStatus: { ContainerID: 'c1' } },
  NetworksAttachments: [
    { Network: { Spec: { Name: 'ingress' } }, Addresses: ['10.0.0.5/24'] },
    { Network: { Spec: { Name: 'web' } }, Addresses: ['10.0.1.7/24'] },
  ],
};

const SERVICE: ServiceAnswer = {
  ID: 's1',
  Spec: {
    Name: 'web',
    Labels: { a: 'b' },
    TaskTemplate: { ContainerSpec: { Image: 'alpine:latest' } },
    Mode: { Replicated: { Replicas: 3 } },
    EndpointSpec: { Mode: 'vip', Ports: [{ Protocol: 'tcp', TargetPort: 80, PublishedPort: 8080 }] },
  },
  Endpoint: {
    Ports: [{ Protocol: 'tcp', TargetPort: 80, PublishedPort: 8080, PublishMode: 'ingress' }],
    VirtualIPs: [{ NetworkID: 'net1', Addr: '10.0.1.2/24' }],
  },
};

const routes: Record<string, Route> = {
  '/swarm/init': answer(200, 'n1'),
  '/swarm/join': answer(200, ''),
  '/swarm/leave': answer(200, ''),
  '/info': answer(200, {
    Swarm: { NodeID: 'n1', NodeAddr: '10.213.2.2', LocalNodeState: 'active', ControlAvailable: true },
  }),
  '/nodes': answer(200, NODES),
  '/tasks': answer(200, [TASK]),
  '/services/create': answer(201, { ID: 's1', Warnings: ['no digest'] }),
  '/services/web': answer(200, SERVICE),
  '/services/we': answer(200, SERVICE), // the engine matches prefixes
  '/images/get': answer(200, 'TAR', 'application/x-tar'),
  '/images/load': answer(
    200,
    '{"stream":"Loaded image: alpine:latest\\n"}\n{"stream":"Loaded image: redis:latest\\n"}\n',
  ),
  '*': answer(404, { message: 'no such thing' }),
};

beforeAll(async () => {
  server = await startServer(`${dir.dir}/engine.sock`, routes);
  const endpoint = {
    source: 'socket' as const,
    label: 'fake',
    url: `unix://${server.address}`,
    publishedHost: 'localhost',
  };
  client = new EngineClient({ endpoint, flavor: 'custom', transport: { kind: 'unix', path: server.address } });
});

afterAll(async () => {
  client.close();
  await server.close();
  dir.cleanup();
});

const last = () => seen[seen.length - 1];

describe('forming a swarm', () => {
  it('init advertises the given address on the default port and returns the node id', async () => {
    expect(await swarmInit(client, { advertiseAddr: '10.213.2.2' })).toBe('n1');
    expect(JSON.parse(last()?.body ?? '')).toEqual({ ListenAddr: '0.0.0.0:2377', AdvertiseAddr: '10.213.2.2' });
  });

  it('join sends the token and the managers; leave passes force', async () => {
    await swarmJoin(client, { remoteAddrs: ['10.213.2.2:2377'], joinToken: 'SWMTKN-1-x' });
    expect(JSON.parse(last()?.body ?? '')).toEqual({
      ListenAddr: '0.0.0.0:2377',
      RemoteAddrs: ['10.213.2.2:2377'],
      JoinToken: 'SWMTKN-1-x',
    });
    await swarmLeave(client, true);
    expect(last()?.url).toBe('/swarm/leave?force=true');
  });

  it('reads the swarm state from /info', async () => {
    expect(await swarmInfo(client)).toEqual({
      nodeId: 'n1',
      nodeAddr: '10.213.2.2',
      localNodeState: 'active',
      controlAvailable: true,
      error: '',
    });
  });

  it('lists nodes with the CLI manager status: Leader, Unreachable, none for a worker', async () => {
    const nodes = await listNodes(client);
    expect(nodes.map((n) => [n.hostname, n.status, n.availability, n.role, n.managerStatus])).toEqual([
      ['node1', 'ready', 'active', 'manager', 'Leader'],
      ['node2', 'down', 'drain', 'manager', 'Unreachable'],
      ['node3', 'unknown', 'active', 'worker', undefined],
    ]);
    expect(nodes[0]).toMatchObject({ engineVersion: '20.10.24', addr: '10.213.2.2', labels: {} });
  });
});

describe('services and tasks', () => {
  it('builds the body docker service create sends, labels on the service and its containers', () => {
    const body = serviceBody(
      {
        name: 'web',
        image: 'alpine:latest',
        args: ['sleep', '1d'],
        env: ['A=1'],
        replicas: 3,
        networks: ['ov'],
        endpointMode: 'dnsrr',
        ports: [{ targetPort: 80, publishedPort: 8080, publishMode: 'host' }],
      },
      { app: 'x' },
    );
    expect(body).toEqual({
      Name: 'web',
      Labels: { app: 'x' },
      TaskTemplate: {
        ContainerSpec: { Image: 'alpine:latest', Labels: { app: 'x' }, Args: ['sleep', '1d'], Env: ['A=1'] },
        Networks: [{ Target: 'ov' }],
      },
      Mode: { Replicated: { Replicas: 3 } },
      EndpointSpec: {
        Mode: 'dnsrr',
        Ports: [{ Protocol: 'tcp', TargetPort: 80, PublishedPort: 8080, PublishMode: 'host' }],
      },
    });
    expect(serviceBody({ name: 'w', image: 'i' }, {})).toMatchObject({
      Mode: { Replicated: { Replicas: 1 } },
      EndpointSpec: { Mode: 'vip', Ports: [] },
    });
  });

  it('creates a service and keeps the warnings', async () => {
    expect(await createService(client, { name: 'web', image: 'alpine:latest' }, {})).toEqual({
      id: 's1',
      warnings: ['no digest'],
    });
  });

  it('finds a service by exact name only, undefined when missing', async () => {
    expect(await findService(client, 'web')).toMatchObject({ id: 's1', name: 'web', replicas: 3 });
    expect(await findService(client, 'we')).toBeUndefined();
    expect(await findService(client, 'nope')).toBeUndefined();
  });

  it('maps a service: its published ports and virtual IPs', () => {
    expect(toService(SERVICE)).toMatchObject({
      image: 'alpine:latest',
      endpointMode: 'vip',
      ports: [{ targetPort: 80, publishedPort: 8080, protocol: 'tcp', publishMode: 'ingress' }],
      virtualIps: [{ networkId: 'net1', addr: '10.0.1.2/24' }],
      labels: { a: 'b' },
    });
  });

  it('lists tasks filtered by service and desired state, with their addresses per network', async () => {
    const tasks = await listTasks(client, { service: 'web', desiredState: 'running' });
    expect(new URL(last()?.url ?? '', 'http://x').searchParams.get('filters')).toBe(
      JSON.stringify({ service: ['web'], 'desired-state': ['running'] }),
    );
    expect(tasks).toEqual([toTask(TASK)]);
    expect(tasks[0]).toEqual({
      id: 't1',
      serviceId: 's1',
      slot: 2,
      nodeId: 'n3',
      desiredState: 'running',
      state: 'running',
      message: 'started',
      error: '',
      containerId: 'c1',
      addresses: [
        { network: 'ingress', address: '10.0.0.5/24' },
        { network: 'web', address: '10.0.1.7/24' },
      ],
    });
  });
});

describe('images from one engine to another', () => {
  it('saves several images in one request, each name its own query value', async () => {
    const stream = await saveImages(client, ['alpine:latest', 'library/redis:7']);
    stream.resume();
    expect(last()?.url).toBe('/images/get?names=alpine%3Alatest&names=library%2Fredis%3A7');
  });

  it('loads a tar stream and returns what the engine loaded', async () => {
    expect(await loadImage(client, Readable.from([Buffer.from('TAR')]))).toEqual(['alpine:latest', 'redis:latest']);
    expect(last()).toMatchObject({ method: 'POST', url: '/images/load?quiet=true', body: 'TAR' });
  });

  it('copies stream to stream', async () => {
    expect(await copyImages(client, client, ['alpine:latest'])).toEqual(['alpine:latest', 'redis:latest']);
    expect(last()).toMatchObject({ url: '/images/load?quiet=true', body: 'TAR' });
  });

  it('turns an error inside the load stream into IMAGE_UNAVAILABLE', async () => {
    routes['/images/load'] = answer(200, '{"errorDetail":{"message":"unexpected EOF"},"error":"unexpected EOF"}\n');
    await expect(loadImage(client, Readable.from([Buffer.from('x')]))).rejects.toMatchObject({
      code: 'IMAGE_UNAVAILABLE',
      message: 'loading images failed: unexpected EOF',
    });
  });
});
