// Updating the networks panel redraws only what changed: a new snapshot keeps the objects of the one
// before that are equal, and the diagram keeps the React Flow nodes and edges that are equal; with 200
// containers on 20 networks, one container's new network changes one container, its card and its edge.
import type { Topology } from '@shared/contract';
import { describe, expect, it } from 'vitest';
import { keepUnchanged, toEdge, toNodes } from '../../../src/renderer/src/features/networks/diagram-nodes';
import { layoutTopology } from '../../../src/renderer/src/features/networks/layout';
import { stableTopology } from '../../../src/renderer/src/features/networks/stable-topology';
import {
  attachmentsByNetwork,
  attachmentsOf,
  sameAttachment,
} from '../../../src/renderer/src/features/networks/topology';

function big(extraOn?: string): Topology {
  const networks = Array.from({ length: 20 }, (_, n) => ({
    id: `n${n}`,
    name: `net-${n}`,
    driver: 'bridge',
    ours: true,
  }));
  const containers = Array.from({ length: 200 }, (_, c) => ({
    id: `c${c}`,
    name: `box-${String(c).padStart(3, '0')}`,
    image: 'alpine',
    running: true,
    oneOff: false,
    endpoints: [
      { network: `net-${c % 20}`, ipv4: `10.0.${c % 20}.${c}`, aliases: [], dnsNames: [] },
      ...(c === 7 && extraOn ? [{ network: extraOn, ipv4: '10.9.9.9', aliases: ['db'], dnsNames: [] }] : []),
    ],
    links: [],
  }));
  return { networks, containers };
}

const ids = (items: Array<{ id: string }>) => new Map(items.map((item) => [item.id, item]));

describe('a snapshot after one change', () => {
  it('keeps every network and container that did not change', () => {
    const before = stableTopology(undefined, big());
    const after = stableTopology(before, big('net-3'));
    const changed = after.containers.filter((c, i) => c !== before.containers[i]).map((c) => c.name);
    expect(changed).toEqual(['box-007']);
    expect(after.networks.every((n, i) => n === before.networks[i])).toBe(true);
    const unchanged = (network: string) =>
      attachmentsOf(after, network).every((a, i) => sameAttachment(a, attachmentsOf(before, network)[i]));
    // box-007's cards (net-7, and net-3 it joined) are drawn again, no other.
    expect(after.networks.filter((n) => !unchanged(n.name)).map((n) => n.name)).toEqual(['net-3', 'net-7']);
  });

  it('keeps the diagram’s nodes and edges that did not change', () => {
    const before = stableTopology(undefined, big());
    const after = stableTopology(before, big('net-3'));
    const draw = (topology: Topology) => layoutTopology(topology, 1200);
    const nodesBefore = toNodes(draw(before), new Map());
    const edgesBefore = draw(before).edges.map(toEdge);
    const nodes = keepUnchanged(ids(nodesBefore), toNodes(draw(after), new Map()));
    const edges = keepUnchanged(ids(edgesBefore), draw(after).edges.map(toEdge));
    const redrawn = nodes.filter((node) => ids(nodesBefore).get(node.id) !== node).map((node) => node.id);
    // box-007 leaves net-7's group for the band below net-3; net-7's group and net-3's band move what follows.
    expect(redrawn).toContain('container:box-007');
    expect(redrawn.length).toBeLessThan(nodes.length / 2);
    expect(
      edges
        .filter((edge) => !ids(edgesBefore).has(edge.id))
        .map((edge) => edge.id)
        .sort(),
    ).toEqual(['endpoint:net-3:box-007', 'endpoint:net-7:box-007']);
    expect(keepUnchanged(ids(nodes), toNodes(draw(after), new Map()))).toEqual(nodes);
    expect(keepUnchanged(ids(nodes), toNodes(draw(after), new Map())).every((node, i) => node === nodes[i])).toBe(true);
  });

  it('gives nodes of one kind and size the same handles, so comparing a node stops there', () => {
    const topology = stableTopology(undefined, big('net-3'));
    const first = toNodes(layoutTopology(topology, 1200), new Map());
    const again = toNodes(layoutTopology(topology, 1200), new Map());
    expect(again.every((node, i) => node.handles === first[i]?.handles)).toBe(true);
    expect(new Set(first.filter((node) => node.type === 'container').map((node) => node.handles)).size).toBe(1);
  });

  it('groups who is on each network in one pass, in the snapshot’s order', () => {
    const topology = big('net-3');
    const byNetwork = attachmentsByNetwork(topology);
    expect(byNetwork.get('net-3')?.map((a) => a.container.name)).toEqual([
      'box-003',
      'box-007',
      ...Array.from({ length: 9 }, (_, i) => `box-${String(23 + 20 * i).padStart(3, '0')}`),
    ]);
    expect(byNetwork.get('net-3')?.[1]?.endpoint.aliases).toEqual(['db']);
    expect([...byNetwork.values()].flat()).toHaveLength(201);
    expect(attachmentsOf(topology, 'nowhere')).toEqual([]);
  });
});
