/** Reading a Topology snapshot: what sits on a network and what the learner may connect or disconnect. */
import type { Topology, TopologyNode } from '@shared/contract';

export type { TopologyNode };
export type TopologyNetwork = Topology['networks'][number];
export type TopologyContainer = Topology['containers'][number];
export type Endpoint = TopologyContainer['endpoints'][number];

export interface Attachment {
  container: TopologyContainer;
  endpoint: Endpoint;
  /** The playground node the container runs in; absent on the learner's engine. */
  node?: string;
}

/** A network inside playground nodes, once: an overlay has the same id on every node that has it. */
export interface NodeNetwork {
  network: TopologyNetwork;
  /** The nodes that have it, in the snapshot's order. */
  nodes: string[];
}

/** The same items in the same order (a stable snapshot keeps an unchanged object: stable-topology.ts). */
export function sameItems<T>(
  a: readonly T[] | undefined,
  b: readonly T[] | undefined,
  same: (x: T, y: T) => boolean = Object.is,
): boolean {
  if (a === b) return true;
  return a !== undefined && b !== undefined && a.length === b.length && a.every((item, i) => same(item, b[i] as T));
}

export function sameAttachment(a: Attachment | undefined, b: Attachment | undefined): boolean {
  return a === b || (!!a && !!b && a.container === b.container && a.endpoint === b.endpoint && a.node === b.node);
}

/** Who is on each network, in one pass over the containers (a card per network need not each scan them all). */
export function attachmentsByNetwork(topology: Pick<Topology, 'containers'>): ReadonlyMap<string, Attachment[]> {
  const byNetwork = new Map<string, Attachment[]>();
  for (const container of topology.containers) {
    for (const endpoint of container.endpoints) {
      const on = byNetwork.get(endpoint.network) ?? [];
      on.push({ container, endpoint });
      byNetwork.set(endpoint.network, on);
    }
  }
  return byNetwork;
}

export function attachmentsOf(topology: Pick<Topology, 'containers'>, network: string): Attachment[] {
  return attachmentsByNetwork(topology).get(network) ?? [];
}

/** Connect and disconnect act only between a lesson's own network and its own container. */
export function sameLesson(network: TopologyNetwork, container: TopologyContainer): boolean {
  return network.lesson !== undefined && network.lesson === container.lesson;
}

/** The lesson's containers that could join this network (not on it yet). */
export function connectable(topology: Topology, network: TopologyNetwork): TopologyContainer[] {
  return topology.containers.filter(
    (container) =>
      sameLesson(network, container) && !container.endpoints.some((endpoint) => endpoint.network === network.name),
  );
}

/** The container to connect unless the learner picks another: a running one (a stopped one shows nothing until it starts). */
export function firstChoice(candidates: TopologyContainer[]): TopologyContainer | undefined {
  return candidates.find((candidate) => candidate.running) ?? candidates[0];
}

/** The playground nodes whose container is in this snapshot (a filtered one may leave a node out). */
export function nodesOf(topology: Topology): TopologyNode[] {
  const shown = new Set(topology.containers.map((container) => container.name));
  return (topology.nodes ?? []).filter((node) => shown.has(node.name));
}

/** The networks inside the nodes, each once, by name; only the ones anything is on, or the app made. */
export function nodeNetworks(topology: Topology): NodeNetwork[] {
  const byId = new Map<string, NodeNetwork>();
  for (const node of nodesOf(topology)) {
    for (const network of withoutIdleNetworks(node).networks) {
      const known = byId.get(network.id);
      if (known) known.nodes.push(node.name);
      else byId.set(network.id, { network, nodes: [node.name] });
    }
  }
  return [...byId.values()].sort((a, b) => a.network.name.localeCompare(b.network.name));
}

/** Who is on a network inside the nodes, node by node. */
export function nodeAttachments(topology: Topology, { network, nodes }: NodeNetwork): Attachment[] {
  return nodesOf(topology)
    .filter((node) => nodes.includes(node.name))
    .flatMap((node) => attachmentsOf(node, network.name).map((attachment) => ({ ...attachment, node: node.name })));
}

const byLesson = (container: TopologyContainer) => container.lesson !== undefined;

/**
 * Only what the lessons made: the app's containers, the app's networks and the networks those
 * containers are on (the default bridge for links), leaving out the learner's own; inside nodes too.
 */
export function lessonsOnly(topology: Topology): Topology {
  const scoped = withoutIdleNetworks({ ...topology, containers: topology.containers.filter(byLesson) });
  if (!topology.nodes) return scoped;
  return {
    ...scoped,
    nodes: topology.nodes.map((node) => ({ ...node, containers: node.containers.filter(byLesson) })),
  };
}

/** The diagram leaves out networks nobody is on unless the app made them (host, none, the learner's empty ones). */
export function withoutIdleNetworks<T extends Pick<Topology, 'networks' | 'containers'>>(topology: T): T {
  const used = new Set(
    topology.containers.flatMap((container) => container.endpoints.map((endpoint) => endpoint.network)),
  );
  return { ...topology, networks: topology.networks.filter((network) => network.ours || used.has(network.name)) };
}

/** Stopped one-off runs (`docker run alpine env`, a console that ended) crowd the diagram: hidden unless asked for. */
const isStoppedOneOff = (container: TopologyContainer) => container.oneOff && !container.running;

export function stoppedOneOffs(topology: Topology): number {
  const inNodes = (topology.nodes ?? []).flatMap((node) => node.containers);
  return [...topology.containers, ...inNodes].filter(isStoppedOneOff).length;
}

export function withoutStoppedOneOffs(topology: Topology): Topology {
  const keep = (containers: TopologyContainer[]) => containers.filter((container) => !isStoppedOneOff(container));
  const without = { ...topology, containers: keep(topology.containers) };
  if (!topology.nodes) return without;
  return { ...without, nodes: topology.nodes.map((node) => ({ ...node, containers: keep(node.containers) })) };
}
