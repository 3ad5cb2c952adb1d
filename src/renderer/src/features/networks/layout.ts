/**
 * A deterministic layout for the topology diagram, without a layout library, made to be read at the
 * panel's width: each network is a group as wide as the diagram, stacked top to bottom, with the
 * containers only on it in a grid inside. A container on several networks sits in the band below the
 * first of them, with an edge up to it and down to the others. Playground nodes sit in that band too,
 * as groups around their own containers (layout-nodes.ts). Everything is ordered by name (one-off
 * runs after the rest), so a container that comes or goes moves only what comes after it.
 */
import type { Topology } from '@shared/contract';
import { gridCell, gridHeight } from './layout-grid';
import {
  clusterHeight,
  groupWidth,
  innerEdges,
  type PlacedGroup,
  type PlacedSpan,
  placeInner,
  placeSpans,
} from './layout-nodes';
import {
  bandMargin,
  type DiagramEdge,
  gap,
  groupGap,
  minDiagramWidth,
  networkHeaderHeight,
  networkPadding,
  type Placed,
} from './layout-types';
import { nodesOf, type TopologyContainer, type TopologyNetwork, type TopologyNode } from './topology';

export * from './layout-types';

export interface NetworkGroup extends Placed<TopologyNetwork> {
  width: number;
  height: number;
}

export interface PlacedContainer extends Placed<TopologyContainer> {
  /** The network group it is inside (its position is relative to it); absent in a band. */
  parent?: string;
}

export interface Diagram {
  width: number;
  height: number;
  networks: NetworkGroup[];
  /** The learner's engine's containers, but for the playground nodes. */
  containers: PlacedContainer[];
  /** The playground nodes, in the band below their network. */
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
/** Room on the right for the edges drawn around groups. */
export const aroundMargin = 48;

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
/** One-off runs come and go all the time: after the named containers, which so stay put. */
const byPermanence = (a: TopologyContainer, b: TopologyContainer) =>
  Number(a.oneOff) - Number(b.oneOff) || byName(a, b);

/** Networks that share containers stay next to each other (groups by union-find); empty networks go last. */
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

/** Where each container goes: inside a network's group, or in the band below a network (-1: below all). */
interface Plan {
  inside: Map<number, TopologyContainer[]>;
  bands: Map<number, TopologyContainer[]>;
  /** The band of the playground nodes, and the nodes. */
  cluster?: { band: number; nodes: TopologyNode[] };
}

function plan(topology: Topology, index: Map<string, number>): Plan {
  const nodes = new Map(nodesOf(topology).map((node) => [node.name, node]));
  const inside = new Map<number, TopologyContainer[]>();
  const bands = new Map<number, TopologyContainer[]>();
  const clusterBands: number[] = [];
  const add = (map: Map<number, TopologyContainer[]>, key: number, container: TopologyContainer) => {
    const list = map.get(key);
    if (list) list.push(container);
    else map.set(key, [container]);
  };
  for (const container of [...topology.containers].sort(byPermanence)) {
    const on = networkIndices(container, index);
    if (nodes.has(container.name)) clusterBands.push(on[0] ?? -1);
    else if (on.length === 1) add(inside, on[0] as number, container);
    else add(bands, on[0] ?? -1, container);
  }
  const clustered = [...nodes.values()].sort(byName);
  if (clustered.length === 0) return { inside, bands };
  return { inside, bands, cluster: { band: Math.min(...clusterBands), nodes: clustered } };
}

/** The networks a container is on that the diagram shows, by their order. */
function networkIndices(container: TopologyContainer, index: Map<string, number>): number[] {
  const found = container.endpoints.flatMap((endpoint) => index.get(endpoint.network) ?? []);
  return [...new Set(found)].sort((a, b) => a - b);
}

function clusterRowWidth(nodes: TopologyNode[]): number {
  return nodes.reduce((sum, node) => sum + groupWidth(node), 0) + gap * (nodes.length - 1);
}

class Placement {
  readonly diagram: Diagram;
  private y = 0;
  /** The lowest edge of anything placed so far. */
  private bottom = 0;

  constructor(
    private readonly topology: Topology,
    width: number,
  ) {
    this.diagram = { width, height: 0, networks: [], containers: [], groups: [], inner: [], spans: [], edges: [] };
  }

  group(network: TopologyNetwork, containers: TopologyContainer[]): void {
    const id = networkNodeId(network.name);
    const inner = this.diagram.width - 2 * networkPadding;
    const height = networkHeaderHeight + gridHeight(containers.length, inner) + networkPadding;
    this.diagram.networks.push({ id, x: 0, y: this.y, width: this.diagram.width, height, item: network });
    for (const [i, container] of containers.entries()) {
      const cell = gridCell(i, inner);
      const at = { x: networkPadding + cell.x, y: networkHeaderHeight + cell.y };
      this.diagram.containers.push({ id: containerNodeId(container.name), ...at, item: container, parent: id });
    }
    this.y += height;
    this.bottom = this.y;
  }

  band(containers: TopologyContainer[], cluster: TopologyNode[]): void {
    if (containers.length === 0 && cluster.length === 0) {
      this.y += groupGap;
      return;
    }
    this.y += bandMargin;
    for (const [i, container] of containers.entries()) {
      const cell = gridCell(i, this.diagram.width);
      this.diagram.containers.push({
        id: containerNodeId(container.name),
        x: cell.x,
        y: this.y + cell.y,
        item: container,
      });
    }
    this.y += gridHeight(containers.length, this.diagram.width);
    if (cluster.length > 0) this.cluster(cluster, containers.length > 0);
    this.bottom = this.y;
    this.y += bandMargin;
  }

  private cluster(nodes: TopologyNode[], below: boolean): void {
    if (below) this.y += bandMargin;
    let x = 0;
    const groups = nodes.map((node) => {
      const placed: PlacedGroup = { id: containerNodeId(node.name), x, y: this.y, width: groupWidth(node), item: node };
      x += placed.width + gap;
      return placed;
    });
    const spans = placeSpans(this.topology, groups, this.y);
    this.diagram.groups.push(...groups);
    this.diagram.inner.push(...groups.flatMap(({ item }) => placeInner(item).map((p) => ({ ...p, node: item.name }))));
    this.diagram.spans.push(...spans);
    this.diagram.edges.push(...groups.flatMap(({ item }) => innerEdges(item, spans)));
    this.y += clusterHeight(spans, this.y);
  }

  finish(): Diagram {
    this.diagram.height = this.bottom;
    if (this.diagram.edges.some((edge) => edge.kind === 'around')) this.diagram.width += aroundMargin;
    return this.diagram;
  }
}

/** A container's (or node's) edges from the band below `networks[band]`: up to it, down to the others. */
function endpointEdges(container: TopologyContainer, index: Map<string, number>, band: number): DiagramEdge[] {
  const orders = new Map<DiagramEdge['kind'], number>();
  return container.endpoints.flatMap((endpoint) => {
    const at = index.get(endpoint.network);
    if (at === undefined) return [];
    const kind = at === band ? 'up' : at === band + 1 ? 'down' : 'around';
    const order = orders.get(kind) ?? 0;
    orders.set(kind, order + 1);
    return [
      {
        id: `endpoint:${endpoint.network}:${container.name}`,
        source: containerNodeId(container.name),
        target: networkNodeId(endpoint.network),
        label: [endpoint.ipv4, ...endpoint.aliases].filter(Boolean).join(' · '),
        kind,
        order,
      },
    ];
  });
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

/** `width`: the room the diagram has (px at zoom 1); it grows when a row of playground nodes needs more. */
export function layoutTopology(topology: Topology, width = minDiagramWidth): Diagram {
  const networks = networkOrder(topology);
  const index = new Map(networks.map((network, i) => [network.name, i]));
  const { inside, bands, cluster } = plan(topology, index);
  const diagramWidth = Math.max(Math.floor(width), minDiagramWidth, clusterRowWidth(cluster?.nodes ?? []));
  const placement = new Placement(topology, diagramWidth);
  const bandAt = (i: number) => {
    placement.band(bands.get(i) ?? [], cluster?.band === i ? cluster.nodes : []);
  };
  for (const [i, network] of networks.entries()) {
    placement.group(network, inside.get(i) ?? []);
    bandAt(i);
  }
  bandAt(-1);
  const shown = new Set(topology.containers.map((container) => container.name));
  for (const container of [...topology.containers].sort(byName)) {
    const band = networkIndices(container, index)[0] ?? -1;
    const banded =
      networkIndices(container, index).length !== 1 || cluster?.nodes.some((n) => n.name === container.name);
    if (banded) placement.diagram.edges.push(...endpointEdges(container, index, band));
    placement.diagram.edges.push(...linkEdges(container, shown));
  }
  return placement.finish();
}
