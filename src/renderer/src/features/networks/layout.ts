/**
 * A deterministic layout for the topology diagram, without a layout library: networks in a row,
 * containers in a row below them, near the middle of the networks they are on.
 */
import type { Topology } from '@shared/contract';
import type { TopologyContainer, TopologyNetwork } from './topology';

export const networkWidth = 200;
export const containerWidth = 170;
export const networkSpacing = networkWidth + 40;
export const containerSpacing = containerWidth + 24;
export const containerRowY = 200;

export interface Placed<T> {
  id: string;
  x: number;
  y: number;
  item: T;
}

export interface DiagramEdge {
  id: string;
  source: string;
  target: string;
  label: string;
  kind: 'endpoint' | 'link';
  /** Which of its container's edges of this kind it is (0, 1, …): labels are staggered by it. */
  order: number;
}

export interface Diagram {
  networks: Placed<TopologyNetwork>[];
  containers: Placed<TopologyContainer>[];
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

/** Containers in a row, each near the middle of its networks (by their order), ties by name. */
function placeContainers(topology: Topology, networks: TopologyNetwork[]): Placed<TopologyContainer>[] {
  const index = new Map(networks.map((network, i) => [network.name, i]));
  const centre = (container: TopologyContainer) => {
    const indices = container.endpoints.flatMap((endpoint) => index.get(endpoint.network) ?? []);
    return indices.length > 0 ? mean(indices) : Number.POSITIVE_INFINITY;
  };
  const sorted = [...topology.containers].sort((a, b) => centre(a) - centre(b) || byName(a, b));
  return sorted.map((container, i) => ({
    id: containerNodeId(container.name),
    x: i * containerSpacing,
    y: containerRowY,
    item: container,
  }));
}

/** Each network above the middle of its containers, in their order, never overlapping. */
function placeNetworks(
  networks: TopologyNetwork[],
  containers: Placed<TopologyContainer>[],
): Placed<TopologyNetwork>[] {
  let previous = Number.NEGATIVE_INFINITY;
  return networks.map((network) => {
    const centres = containers
      .filter((c) => c.item.endpoints.some((e) => e.network === network.name))
      .map((c) => c.x + containerWidth / 2);
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

export function layoutTopology(topology: Topology): Diagram {
  const networks = networkOrder(topology);
  const containers = placeContainers(topology, networks);
  const networkNames = new Set(topology.networks.map((network) => network.name));
  const containerNames = new Set(topology.containers.map((container) => container.name));
  return {
    networks: placeNetworks(networks, containers),
    containers,
    edges: containers.flatMap(({ item: container }) => [
      ...endpointEdges(container, networkNames),
      ...linkEdges(container, containerNames),
    ]),
  };
}
