/**
 * A deterministic layout for the topology diagram, without a layout library: networks in a row,
 * containers in a row below them, near the middle of the networks they are on. A playground node
 * takes its place in that row as a group around its own containers (layout-nodes.ts).
 */
import type { Topology } from '@shared/contract';
import { groupWidth, innerEdges, type PlacedGroup, type PlacedSpan, placeInner, placeSpans } from './layout-nodes';
import {
  containerRowY,
  containerSpacing,
  containerWidth,
  type DiagramEdge,
  networkSpacing,
  networkWidth,
  type Placed,
} from './layout-types';
import { nodesOf, type TopologyContainer, type TopologyNetwork, type TopologyNode } from './topology';

export * from './layout-types';

export interface Diagram {
  networks: Placed<TopologyNetwork>[];
  /** The learner's engine's containers, but for the playground nodes. */
  containers: Placed<TopologyContainer>[];
  /** The playground nodes, in the container row. */
  groups: PlacedGroup[];
  /** The containers inside each node, placed relative to its group. */
  inner: Array<Placed<TopologyContainer> & { node: string }>;
  /** The networks inside the nodes, below the groups. */
  spans: PlacedSpan[];
  edges: DiagramEdge[];
}

// Ids by name keep a node in place when its container is recreated under the same name.
export const networkNodeId = (name: string) => `network:${name}`;
export const containerNodeId = (name: string) => `container:${name}`;

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/** Networks that share containers stay side by side (groups by union-find); empty networks go last. */
function networkOrder(topology: Topology): TopologyNetwork[] {
  const parent = new Map(topology.networks.map((network) => [network.name, network.name]));
  const find = (name: string): string => {
    const up = parent.get(name) ?? name;
    return up === name ? name : find(up);
  };
  for (const container of topology.containers) {
    const [first, ...rest] = container.endpoints.map((e) => e.network).filter((name) => parent.has(name));
    for (const name of rest) if (first) parent.set(find(name), find(first));
  }
  const used = new Set(topology.containers.flatMap((c) => c.endpoints.map((e) => e.network)));
  const sorted = [...topology.networks].sort(byName);
  const groupOf = (network: TopologyNetwork) => (used.has(network.name) ? find(network.name) : `~${network.name}`);
  const groupRank = new Map<string, number>();
  for (const network of sorted) if (!groupRank.has(groupOf(network))) groupRank.set(groupOf(network), groupRank.size);
  const rank = (network: TopologyNetwork) =>
    (used.has(network.name) ? 0 : 1e6) + (groupRank.get(groupOf(network)) ?? 0);
  return sorted.sort((a, b) => rank(a) - rank(b) || byName(a, b));
}

type RowItem = Placed<TopologyContainer> & { width: number; node?: TopologyNode };

/** Containers in a row, each near the middle of its networks (by their order), ties by name; a node as wide as its group. */
function placeRow(topology: Topology, networks: TopologyNetwork[]): RowItem[] {
  const index = new Map(networks.map((network, i) => [network.name, i]));
  const nodes = new Map(nodesOf(topology).map((node) => [node.name, node]));
  const centre = (container: TopologyContainer) => {
    const indices = container.endpoints.flatMap((endpoint) => index.get(endpoint.network) ?? []);
    return indices.length > 0 ? mean(indices) : Number.POSITIVE_INFINITY;
  };
  const sorted = [...topology.containers].sort((a, b) => centre(a) - centre(b) || byName(a, b));
  let x = 0;
  return sorted.map((container) => {
    const node = nodes.get(container.name);
    const width = node ? groupWidth(node) : containerWidth;
    const item: RowItem = { id: containerNodeId(container.name), x, y: containerRowY, item: container, width };
    x += width + (containerSpacing - containerWidth);
    return node ? { ...item, node } : item;
  });
}

/** Each network above the middle of its containers, in their order, never overlapping. */
function placeNetworks(networks: TopologyNetwork[], row: RowItem[]): Placed<TopologyNetwork>[] {
  let previous = Number.NEGATIVE_INFINITY;
  return networks.map((network) => {
    const centres = row
      .filter((c) => c.item.endpoints.some((e) => e.network === network.name))
      .map((c) => c.x + c.width / 2);
    const next = previous + networkSpacing;
    const x = centres.length > 0 ? Math.max(mean(centres) - networkWidth / 2, next) : Number.isFinite(next) ? next : 0;
    previous = x;
    return { id: networkNodeId(network.name), x, y: 0, item: network };
  });
}

function endpointEdges(container: TopologyContainer, networks: Set<string>): DiagramEdge[] {
  return container.endpoints
    .filter((endpoint) => networks.has(endpoint.network))
    .map((endpoint, order) => ({
      id: `endpoint:${endpoint.network}:${container.name}`,
      source: containerNodeId(container.name),
      target: networkNodeId(endpoint.network),
      label: [endpoint.ipv4, ...endpoint.aliases].filter(Boolean).join(' · '),
      kind: 'endpoint' as const,
      order,
    }));
}

function linkEdges(container: TopologyContainer, containers: Set<string>): DiagramEdge[] {
  return container.links
    .filter((link) => containers.has(link.target))
    .map((link, order) => ({
      id: `link:${container.name}:${link.target}:${link.alias}`,
      source: containerNodeId(container.name),
      target: containerNodeId(link.target),
      label: link.alias,
      kind: 'link' as const,
      order,
    }));
}

const withoutWidth = ({ width: _, node: __, ...placed }: RowItem): Placed<TopologyContainer> => placed;

export function layoutTopology(topology: Topology): Diagram {
  const networks = networkOrder(topology);
  const row = placeRow(topology, networks);
  const groups = row.flatMap(({ node, x, y, width }) =>
    node ? [{ id: containerNodeId(node.name), x, y, width, item: node }] : [],
  );
  const spans = placeSpans(topology, groups, containerRowY);
  const networkNames = new Set(topology.networks.map((network) => network.name));
  const containerNames = new Set(topology.containers.map((container) => container.name));
  return {
    networks: placeNetworks(networks, row),
    containers: row.filter((placed) => !placed.node).map(withoutWidth),
    groups,
    inner: groups.flatMap(({ item: node }) => placeInner(node).map((placed) => ({ ...placed, node: node.name }))),
    spans,
    edges: [
      ...row.flatMap(({ item: container }) => [
        ...endpointEdges(container, networkNames),
        ...linkEdges(container, containerNames),
      ]),
      ...groups.flatMap(({ item: node }) => innerEdges(node, spans)),
    ],
  };
}
