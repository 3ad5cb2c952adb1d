// The networks diagram's layout: networks as groups stacked top to bottom, containers inside the one
// network they are on, a container on several networks in the band between, by name so that a
// container coming or going moves only what comes after it; and the helpers of the networks panel.
import type { Topology } from '@shared/contract';
import { describe, expect, it } from 'vitest';
import { apiAtLeast, reportsDnsNames } from '../../../src/renderer/src/features/networks/engine-api';
import { highlightsOf } from '../../../src/renderer/src/features/networks/highlight';
import {
  aroundMargin,
  containerHeight,
  containerWidth,
  type Diagram,
  gap,
  layoutTopology,
  networkPadding,
} from '../../../src/renderer/src/features/networks/layout';
import {
  attachmentsOf,
  connectable,
  firstChoice,
  lessonsOnly,
  stoppedOneOffs,
  withoutIdleNetworks,
  withoutStoppedOneOffs,
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
    oneOff: false,
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

const width = 600;
const placed = (diagram: Diagram, name: string) => diagram.containers.find((c) => c.item.name === name);
const group = (diagram: Diagram, name: string) => diagram.networks.find((n) => n.item.name === name);

/** Absolute boxes of everything drawn at the top level (groups and the containers between them). */
function boxes(diagram: Diagram) {
  return [
    ...diagram.networks.map((n) => ({ id: n.id, x: n.x, y: n.y, w: n.width, h: n.height })),
    ...diagram.containers
      .filter((c) => !c.parent)
      .map((c) => ({ id: c.id, x: c.x, y: c.y, w: containerWidth, h: containerHeight })),
  ];
}

describe('layoutTopology', () => {
  it('is deterministic whatever order the snapshot lists things in', () => {
    const shuffled = {
      networks: [...networksLesson.networks].reverse(),
      containers: [...networksLesson.containers].reverse(),
    };
    expect(layoutTopology(shuffled, width)).toEqual(layoutTopology(networksLesson, width));
  });

  it('draws each network as a group as wide as the diagram, stacked, with its own containers inside', () => {
    const diagram = layoutTopology(networksLesson, width);
    expect(diagram.networks.map((n) => [n.item.name, n.x, n.width])).toEqual([
      ['backend-network', 0, width],
      ['frontend-network', 0, width],
      ['none', 0, width],
    ]);
    expect(placed(diagram, 'mine')).toMatchObject({ parent: 'network:backend-network', x: networkPadding });
    expect(placed(diagram, 'web')).toMatchObject({ parent: 'network:frontend-network', x: networkPadding });
    for (const inside of diagram.containers.filter((c) => c.parent)) {
      const parent = diagram.networks.find((n) => n.id === inside.parent);
      expect(inside.x + containerWidth).toBeLessThanOrEqual(parent?.width ?? 0);
      expect(inside.y + containerHeight).toBeLessThanOrEqual(parent?.height ?? 0);
    }
    const all = boxes(diagram);
    for (const a of all)
      for (const b of all)
        if (a !== b) expect(a.y + a.h <= b.y || b.y + b.h <= a.y || a.x + a.w <= b.x || b.x + b.w <= a.x).toBe(true);
    expect(diagram.height).toBe(Math.max(...all.map((box) => box.y + box.h)));
  });

  it('puts a container on two networks between their groups, with a labelled edge to each', () => {
    const diagram = layoutTopology(networksLesson, width);
    const [backend, frontend] = [group(diagram, 'backend-network'), group(diagram, 'frontend-network')];
    const redis = placed(diagram, 'redis');
    expect(redis?.parent).toBeUndefined();
    expect(redis?.y).toBeGreaterThan((backend?.y ?? 0) + (backend?.height ?? 0));
    expect((redis?.y ?? 0) + containerHeight).toBeLessThan(frontend?.y ?? 0);
    expect(diagram.edges).toEqual([
      {
        id: 'endpoint:backend-network:redis',
        source: 'container:redis',
        target: 'network:backend-network',
        label: '10.0.0.2',
        kind: 'up',
        order: 0,
      },
      {
        id: 'endpoint:frontend-network:redis',
        source: 'container:redis',
        target: 'network:frontend-network',
        label: '10.0.1.2',
        kind: 'down',
        order: 0,
      },
    ]);
  });

  it('draws an edge past a group in between around it, on the right, with room for it', () => {
    const topology: Topology = {
      networks: [network('a'), network('b'), network('c')],
      containers: [container('x', ['a', 'c']), container('y', ['a', 'b']), container('z', ['b', 'c'])],
    };
    const diagram = layoutTopology(topology, width);
    expect(diagram.networks.map((n) => n.item.name)).toEqual(['a', 'b', 'c']);
    expect(diagram.edges.filter((e) => e.source === 'container:x').map((e) => [e.target, e.kind])).toEqual([
      ['network:a', 'up'],
      ['network:c', 'around'],
    ]);
    expect(diagram.width).toBe(width + aroundMargin);
  });

  it('fills rows as wide as it is given, and one container per row when narrow', () => {
    const many: Topology = {
      networks: [network('net')],
      containers: ['a', 'b', 'c', 'd', 'e'].map((name) => container(name, ['net'])),
    };
    const perRow = Math.floor((width - 2 * networkPadding + gap) / (containerWidth + gap));
    const wide = layoutTopology(many, width);
    expect(wide.containers.filter((c) => c.y === wide.containers[0]?.y)).toHaveLength(perRow);
    const narrow = layoutTopology(many, 100);
    expect(new Set(narrow.containers.map((c) => c.x))).toEqual(new Set([networkPadding]));
    expect(narrow.width).toBe(containerWidth + 2 * networkPadding);
  });

  it('keeps its place for everything before a container that comes, by name', () => {
    const before = layoutTopology(networksLesson, width);
    const added = {
      ...networksLesson,
      containers: [...networksLesson.containers, container('zeta', ['backend-network'])],
    };
    const after = layoutTopology(added, width);
    for (const node of [...before.containers, ...before.networks])
      expect([...after.containers, ...after.networks].find((other) => other.id === node.id)).toEqual(node);
    // One that sorts first takes the first place in its network; the others move one place along.
    const first = layoutTopology(
      { ...networksLesson, containers: [...networksLesson.containers, container('alpha', ['backend-network'])] },
      width,
    );
    expect(placed(first, 'alpha')).toMatchObject({ x: placed(before, 'mine')?.x, y: placed(before, 'mine')?.y });
    expect(placed(first, 'mine')?.x).toBe((placed(before, 'mine')?.x ?? 0) + containerWidth + gap);
    expect(placed(first, 'web')).toEqual(placed(before, 'web'));
  });

  it('puts one-off runs after the named containers, so that those stay put while one-offs come and go', () => {
    const before = layoutTopology(networksLesson, width);
    const run = container('admiring_bell', ['backend-network'], { oneOff: true });
    const during = layoutTopology({ ...networksLesson, containers: [...networksLesson.containers, run] }, width);
    expect(placed(during, 'mine')).toEqual(placed(before, 'mine'));
    expect(placed(during, 'admiring_bell')?.x).toBe((placed(before, 'mine')?.x ?? 0) + containerWidth + gap);
  });

  it('puts containers on no network the diagram shows below every group', () => {
    const topology: Topology = {
      networks: [network('net')],
      containers: [container('lonely', ['host']), container('a', ['net'])],
    };
    const diagram = layoutTopology(topology, width);
    const net = group(diagram, 'net');
    expect(placed(diagram, 'lonely')?.y).toBeGreaterThan((net?.y ?? 0) + (net?.height ?? 0));
    expect(diagram.edges).toEqual([]);
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
    expect(layoutTopology(topology, width).edges).toEqual([
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

describe('stopped one-off containers', () => {
  const topology: Topology = {
    networks: [network('backend-network', 'networks')],
    containers: [
      container('redis', ['backend-network'], { lesson: 'networks' }),
      container('stopped-named', ['backend-network'], { lesson: 'networks', running: false }),
      container('eager_turing', ['backend-network'], { lesson: 'networks', running: false, oneOff: true }),
      container('console-now', ['backend-network'], { role: 'console', oneOff: true }),
    ],
  };

  it('are left out (a running one-off and a stopped named container stay), and counted', () => {
    expect(withoutStoppedOneOffs(topology).containers.map((c) => c.name)).toEqual([
      'redis',
      'stopped-named',
      'console-now',
    ]);
    expect(stoppedOneOffs(topology)).toBe(1);
    const inNode = {
      ...topology,
      nodes: [{ name: 'n', reachable: true, networks: [], containers: topology.containers }],
    };
    expect(withoutStoppedOneOffs(inNode).nodes?.[0]?.containers).toHaveLength(3);
    expect(stoppedOneOffs(inNode)).toBe(2);
  });
});

describe('highlightsOf', () => {
  it('marks the running lesson’s objects, and more strongly the ones its command names', () => {
    const found = highlightsOf(networksLesson, {
      lesson: 'networks',
      command: 'docker network connect --alias db frontend-network redis',
    });
    expect([...found]).toEqual([
      ['frontend-network', 'command'],
      ['backend-network', 'lesson'],
      ['web', 'lesson'],
      ['redis', 'command'],
    ]);
    expect(
      highlightsOf(networksLesson, { lesson: 'links', command: 'docker run --net=backend-network alpine env' }),
    ).toEqual(new Map([['backend-network', 'command']]));
    expect(highlightsOf(networksLesson, undefined).size).toBe(0);
  });
});

describe('the DNS names column', () => {
  const engine = (apiVersion: string) =>
    ({
      state: 'connected',
      endpoint: { source: 's', label: 'l', url: 'u', publishedHost: 'h' },
      identity: { product: 'docker-engine', version: '25.0.0', apiVersion, os: 'linux', arch: 'amd64' },
    }) as const;

  it('is shown from API 1.44 on, compared as numbers', () => {
    expect(apiAtLeast('1.44', '1.44')).toBe(true);
    expect(apiAtLeast('1.52', '1.44')).toBe(true);
    expect(apiAtLeast('1.9', '1.44')).toBe(false);
    expect(apiAtLeast('1.43', '1.44')).toBe(false);
    expect(apiAtLeast('2.0', '1.44')).toBe(true);
    expect(reportsDnsNames(engine('1.43'))).toBe(false);
    expect(reportsDnsNames(engine('1.45'))).toBe(true);
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

  it('offers a running container to connect first, a stopped one only when no other is left', () => {
    const stopped = container('a-stopped', [], { running: false });
    expect(firstChoice([stopped, container('b-running', [])])?.name).toBe('b-running');
    expect(firstChoice([stopped])?.name).toBe('a-stopped');
    expect(firstChoice([])).toBeUndefined();
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
