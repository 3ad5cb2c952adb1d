/**
 * Playground nodes in the diagram: each node container becomes a group, as wide as the containers its
 * own engine runs (placed inside it, relative to the group); below the groups, each network inside the
 * nodes is a bar spanning the nodes that have it, in lanes so that bars never overlap.
 */
import type { Topology } from '@shared/contract';
import { containerHeight, containerWidth, type DiagramEdge, gap, networkWidth, type Placed } from './layout-types';
import { type NodeNetwork, nodeNetworks, type TopologyContainer, type TopologyNode } from './topology';

export const groupPadding = 14;
export const groupHeaderHeight = 52;
export const groupHeight = groupHeaderHeight + containerHeight + groupPadding;
/** A network inside the nodes: name, facts, the nodes that have it, its lesson. */
export const spanHeight = 100;
const innerSpacing = containerWidth + 24;
const spanGap = 60;
const laneHeight = spanHeight + gap;
const laneMargin = 24;

export interface PlacedGroup extends Placed<TopologyNode> {
  width: number;
}

export interface PlacedSpan extends Placed<NodeNetwork> {
  width: number;
}

export const innerNodeId = (node: string, name: string) => `container:${node}/${name}`;
export const spanNodeId = (network: string) => `span:${network}`;

export function groupWidth(node: TopologyNode): number {
  const count = Math.max(1, node.containers.length);
  return count * innerSpacing - (innerSpacing - containerWidth) + 2 * groupPadding;
}

/** The node's containers in a row inside its group, by name (positions relative to the group). */
export function placeInner(node: TopologyNode): Placed<TopologyContainer>[] {
  return [...node.containers]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((container, i) => ({
      id: innerNodeId(node.name, container.name),
      x: groupPadding + i * innerSpacing,
      y: groupHeaderHeight,
      item: container,
    }));
}

/**
 * Each network from the left edge of its first node to the right edge of its last, in the first lane
 * free there, below the groups (whose row starts at `rowY`). Only networks of `groups`' nodes.
 */
export function placeSpans(topology: Topology, groups: PlacedGroup[], rowY: number): PlacedSpan[] {
  const group = new Map(groups.map((placed) => [placed.item.name, placed]));
  const laneEnds: number[] = [];
  const extents = nodeNetworks(topology).flatMap((span) => {
    const placed = span.nodes.flatMap((name) => group.get(name) ?? []);
    if (placed.length === 0) return [];
    const x = Math.min(...placed.map((g) => g.x));
    const width = Math.max(networkWidth, Math.max(...placed.map((g) => g.x + g.width)) - x);
    return [{ span, x, width }];
  });
  return extents
    .sort((a, b) => a.x - b.x || a.span.network.name.localeCompare(b.span.network.name))
    .map(({ span, x, width }) => {
      const free = laneEnds.findIndex((end) => end + laneMargin <= x);
      const lane = free === -1 ? laneEnds.length : free;
      laneEnds[lane] = x + width;
      const y = rowY + groupHeight + spanGap + lane * laneHeight;
      return { id: spanNodeId(span.network.id), x, y, width, item: span };
    });
}

/** How far below `rowY` the groups and their networks reach. */
export function clusterHeight(spans: PlacedSpan[], rowY: number): number {
  return Math.max(groupHeight, ...spans.map((span) => span.y + spanHeight - rowY));
}

/** Edges from the containers inside a node down to the networks they are on there. */
export function innerEdges(node: TopologyNode, spans: PlacedSpan[]): DiagramEdge[] {
  const spanOf = (network: string) =>
    spans.find((span) => span.item.network.name === network && span.item.nodes.includes(node.name));
  return node.containers.flatMap((container) =>
    container.endpoints.flatMap((endpoint, order) => {
      const span = spanOf(endpoint.network);
      if (!span) return [];
      return [
        {
          id: `endpoint:${span.id}:${node.name}/${container.name}`,
          source: innerNodeId(node.name, container.name),
          target: span.id,
          label: [endpoint.ipv4, ...endpoint.aliases].filter(Boolean).join(' · '),
          kind: 'node-endpoint' as const,
          order,
        },
      ];
    }),
  );
}
