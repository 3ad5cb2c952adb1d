// Playground nodes in the diagram and the list: a group per node around its own containers, each
// network inside the nodes once, spanning the nodes that have it; containers listed with their node.
import type { Topology, TopologyNode } from '@shared/contract';
import { describe, expect, it } from 'vitest';
import { containerWidth, layoutTopology } from '../../../src/renderer/src/features/networks/layout';
import { groupHeight, groupWidth } from '../../../src/renderer/src/features/networks/layout-nodes';
import { lessonsOnly, nodeAttachments, nodeNetworks } from '../../../src/renderer/src/features/networks/topology';

type Container = Topology['containers'][number];
type Network = Topology['networks'][number];

const overlay: Network = { id: 'ov1', name: 'app-net', driver: 'overlay', ours: true, lesson: 'swarm' };
const ingress: Network = { id: 'ing', name: 'ingress', driver: 'overlay', ours: false };
const bridgeOf = (node: string): Network => ({ id: `br-${node}`, name: 'bridge', driver: 'bridge', ours: false });

function container(name: string, network: string, extra: Partial<Container> = {}): Container {
  const endpoints = [{ network, ipv4: '10.0.1.2', aliases: [], dnsNames: [name] }];
  return {
    id: `c-${name}`,
    name,
    image: 'redis',
    running: true,
    lesson: 'swarm',
    oneOff: false,
    endpoints,
    links: [],
    ...extra,
  };
}

const node = (name: string, containers: Container[], networks: Network[] = [overlay]): TopologyNode => ({
  name,
  reachable: true,
  networks: [...networks, ingress, bridgeOf(name)],
  containers,
});

const swarmNodes: Network = { id: 'sn', name: 'swarm-nodes', driver: 'bridge', ours: true, lesson: 'swarm' };
const cluster: Topology = {
  networks: [swarmNodes],
  containers: ['node1', 'node2', 'node3'].map((name) => container(name, 'swarm-nodes', { image: 'docker:dind' })),
  nodes: [
    node('node1', [container('redis', 'app-net')]),
    node('node2', [container('web', 'app-net'), container('mine', 'bridge', { lesson: undefined })]),
    { name: 'node3', reachable: false, networks: [], containers: [] },
  ],
};

describe('layoutTopology with playground nodes', () => {
  const diagram = layoutTopology(cluster);

  it('draws each node as a group around its containers, not as a container', () => {
    expect(diagram.containers).toEqual([]);
    // In the band below the network they are on, in a row.
    const swarmNodes = diagram.networks.find((n) => n.item.name === 'swarm-nodes');
    for (const group of diagram.groups)
      expect(group.y).toBeGreaterThan((swarmNodes?.y ?? 0) + (swarmNodes?.height ?? 0));
    expect(new Set(diagram.groups.map((g) => g.y)).size).toBe(1);
    expect(diagram.groups.map((g) => [g.item.name, g.width])).toEqual([
      ['node1', groupWidth(cluster.nodes?.[0] as TopologyNode)],
      ['node2', groupWidth(cluster.nodes?.[1] as TopologyNode)],
      ['node3', groupWidth(cluster.nodes?.[2] as TopologyNode)],
    ]);
    const [first, second] = diagram.groups;
    expect((second?.x ?? 0) - (first?.x ?? 0)).toBeGreaterThan(first?.width ?? 0);
    expect(diagram.inner.map((c) => [c.node, c.item.name])).toEqual([
      ['node1', 'redis'],
      ['node2', 'mine'],
      ['node2', 'web'],
    ]);
    for (const inner of diagram.inner) {
      const group = diagram.groups.find((g) => g.item.name === inner.node);
      expect(inner.x + containerWidth).toBeLessThanOrEqual(group?.width ?? 0);
      expect(inner.y).toBeLessThan(groupHeight);
    }
  });

  it('draws the overlay once, spanning the nodes that have it, below the groups', () => {
    const names = diagram.spans.map((s) => [s.item.network.name, s.item.nodes]);
    expect(names).toContainEqual(['app-net', ['node1', 'node2']]);
    expect(names).toContainEqual(['bridge', ['node2']]); // node2's own bridge: mine is on it
    expect(names.map(([name]) => name)).not.toContain('ingress');
    const appNet = diagram.spans.find((s) => s.item.network.name === 'app-net');
    const [node1, node2] = diagram.groups;
    expect(appNet?.x).toBe(node1?.x);
    expect((appNet?.x ?? 0) + (appNet?.width ?? 0)).toBe((node2?.x ?? 0) + (node2?.width ?? 0));
    expect(appNet?.y).toBeGreaterThan((node1?.y ?? 0) + groupHeight);
    const bridge = diagram.spans.find((s) => s.item.network.name === 'bridge');
    expect(bridge?.y).toBeGreaterThan(appNet?.y ?? 0); // overlaps app-net: a lane of its own
  });

  it('connects the containers inside to their networks there, and the nodes to the network on the outside', () => {
    expect(diagram.edges.map((e) => [e.source, e.target, e.kind])).toEqual(
      expect.arrayContaining([
        ['container:node1', 'network:swarm-nodes', 'up'],
        ['container:node3', 'network:swarm-nodes', 'up'],
        ['container:node1/redis', 'span:ov1', 'node-endpoint'],
        ['container:node2/web', 'span:ov1', 'node-endpoint'],
        ['container:node2/mine', 'span:br-node2', 'node-endpoint'],
      ]),
    );
  });
});

describe('node networks in the list', () => {
  it('lists each network inside the nodes once, with its containers and their node', () => {
    const appNet = nodeNetworks(cluster).find((span) => span.network.name === 'app-net');
    expect(appNet?.nodes).toEqual(['node1', 'node2']);
    const rows = nodeAttachments(cluster, appNet ?? { network: overlay, nodes: [] });
    expect(rows.map((row) => [row.node, row.container.name])).toEqual([
      ['node1', 'redis'],
      ['node2', 'web'],
    ]);
  });

  it('keeps only the lessons’ containers inside the nodes too', () => {
    const scoped = lessonsOnly(cluster);
    expect(scoped.nodes?.[1]?.containers.map((c) => c.name)).toEqual(['web']);
    expect(nodeNetworks(scoped).map((span) => span.network.name)).toEqual(['app-net']);
  });
});
