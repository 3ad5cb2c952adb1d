import type { Topology } from '@shared/contract';
import { describe, expect, it } from 'vitest';
import {
  containerRowY,
  containerSpacing,
  containerWidth,
  layoutTopology,
  networkSpacing,
  networkWidth,
} from '../../../src/renderer/src/features/networks/layout';
import {
  attachmentsOf,
  connectable,
  lessonsOnly,
  withoutIdleNetworks,
} from '../../../src/renderer/src/features/networks/topology';

type Container = Topology['containers'][number];
type Network = Topology['networks'][number];

const network = (name: string, lesson?: string): Network => ({
  id: `n-${name}`,
  name,
  driver: 'bridge',
  ours: lesson !== undefined,
  ...(lesson ? { lesson } : {}),
});

function container(name: string, networks: string[], extra: Partial<Container> = {}): Container {
  return {
    id: `c-${name}`,
    name,
    image: 'redis',
    running: true,
    endpoints: networks.map((net, i) => ({ network: net, ipv4: `10.0.${i}.2`, aliases: [], dnsNames: [name] })),
    links: [],
    ...extra,
  };
}

const networksLesson: Topology = {
  networks: [network('none'), network('frontend-network', 'networks'), network('backend-network', 'networks')],
  containers: [
    container('web', ['frontend-network'], { lesson: 'networks' }),
    container('redis', ['backend-network', 'frontend-network'], { lesson: 'networks' }),
    container('mine', ['backend-network']),
  ],
};

describe('layoutTopology', () => {
  it('is deterministic whatever order the snapshot lists things in', () => {
    const shuffled = {
      networks: [...networksLesson.networks].reverse(),
      containers: [...networksLesson.containers].reverse(),
    };
    expect(layoutTopology(shuffled)).toEqual(layoutTopology(networksLesson));
  });

  it('puts containers in a row grouped by their networks, networks above them, empty ones last', () => {
    const diagram = layoutTopology(networksLesson);
    const at = (id: string) => [...diagram.networks, ...diagram.containers].find((node) => node.id === id);
    expect(diagram.containers.map((c) => [c.item.name, c.x, c.y])).toEqual([
      ['mine', 0, containerRowY],
      ['redis', containerSpacing, containerRowY],
      ['web', 2 * containerSpacing, containerRowY],
    ]);
    // Centred above the middle of mine and redis.
    expect((at('network:backend-network')?.x ?? 0) + networkWidth / 2).toBe(containerSpacing / 2 + containerWidth / 2);
    const frontend = at('network:frontend-network')?.x ?? 0;
    expect(frontend).toBeGreaterThanOrEqual((at('network:backend-network')?.x ?? 0) + networkSpacing);
    expect(at('network:none')?.x).toBe(frontend + networkSpacing);
    expect(at('network:none')?.y).toBe(0);
  });

  it('keeps networks that share a container side by side, with that container between them', () => {
    const topology: Topology = {
      networks: [network('frontend-network'), network('bridge'), network('backend-network')],
      containers: [
        container('redis', ['backend-network', 'frontend-network']),
        container('web', ['frontend-network']),
        container('redis-server', ['bridge']),
      ],
    };
    const diagram = layoutTopology(topology);
    expect(diagram.networks.map((n) => n.item.name)).toEqual(['backend-network', 'frontend-network', 'bridge']);
    expect(diagram.containers.map((c) => c.item.name)).toEqual(['redis', 'web', 'redis-server']);
  });

  it('draws an edge per endpoint labelled with the IPv4 address and aliases', () => {
    const topology: Topology = {
      networks: [network('backend-network', 'networks')],
      containers: [
        container('redis', ['backend-network'], {
          endpoints: [{ network: 'backend-network', ipv4: '172.18.0.2', aliases: ['db'], dnsNames: ['redis', 'db'] }],
        }),
      ],
    };
    expect(layoutTopology(topology).edges).toEqual([
      {
        id: 'endpoint:backend-network:redis',
        source: 'container:redis',
        target: 'network:backend-network',
        label: '172.18.0.2 · db',
        kind: 'endpoint',
        order: 0,
      },
    ]);
  });

  it('draws legacy links between containers, labelled with the alias', () => {
    const topology: Topology = {
      networks: [network('bridge')],
      containers: [
        container('redis-server', ['bridge']),
        container('web', ['bridge'], { links: [{ target: 'redis-server', alias: 'redis' }] }),
        container('gone', ['bridge'], { links: [{ target: 'removed', alias: 'x' }] }),
      ],
    };
    const links = layoutTopology(topology).edges.filter((edge) => edge.kind === 'link');
    expect(links).toEqual([
      {
        id: 'link:web:redis-server:redis',
        source: 'container:web',
        target: 'container:redis-server',
        label: 'redis',
        kind: 'link',
        order: 0,
      },
    ]);
  });
});

describe('topology helpers', () => {
  const [, frontend, backend] = networksLesson.networks as [Network, Network, Network];

  it('lists what is attached to a network', () => {
    expect(attachmentsOf(networksLesson, 'frontend-network').map((a) => a.container.name)).toEqual(['web', 'redis']);
  });

  it('offers only the same lesson’s containers that are not on the network yet', () => {
    expect(connectable(networksLesson, backend).map((c) => c.name)).toEqual(['web']);
    expect(connectable(networksLesson, frontend)).toEqual([]);
    expect(connectable(networksLesson, network('none'))).toEqual([]);
  });

  it('keeps only the lessons’ objects and the networks they are on', () => {
    const scoped = lessonsOnly(networksLesson);
    expect(scoped.containers.map((c) => c.name)).toEqual(['web', 'redis']);
    expect(scoped.networks.map((n) => n.name)).toEqual(['frontend-network', 'backend-network']);
  });
});

describe('withoutIdleNetworks', () => {
  it('drops networks nobody is on unless the app made them', () => {
    const topology: Topology = {
      networks: [network('none'), network('bridge'), network('frontend-network2', 'networks')],
      containers: [container('redis-server', ['bridge'])],
    };
    expect(withoutIdleNetworks(topology).networks.map((n) => n.name)).toEqual(['bridge', 'frontend-network2']);
  });
});
