/** Reading a Topology snapshot: what sits on a network and what the learner may connect or disconnect. */
import type { Topology } from '@shared/contract';

export type TopologyNetwork = Topology['networks'][number];
export type TopologyContainer = Topology['containers'][number];
export type Endpoint = TopologyContainer['endpoints'][number];

export interface Attachment {
  container: TopologyContainer;
  endpoint: Endpoint;
}

export function attachmentsOf(topology: Topology, network: string): Attachment[] {
  return topology.containers.flatMap((container) =>
    container.endpoints.filter((endpoint) => endpoint.network === network).map((endpoint) => ({ container, endpoint })),
  );
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

/**
 * Only what the lessons made: the app's containers, the app's networks and the networks those
 * containers are on (the default bridge for links), leaving out the learner's own.
 */
export function lessonsOnly(topology: Topology): Topology {
  return withoutIdleNetworks({ ...topology, containers: topology.containers.filter((c) => c.lesson !== undefined) });
}

/** The diagram leaves out networks nobody is on unless the app made them (host, none, the learner's empty ones). */
export function withoutIdleNetworks(topology: Topology): Topology {
  const used = new Set(
    topology.containers.flatMap((container) => container.endpoints.map((endpoint) => endpoint.network)),
  );
  return { ...topology, networks: topology.networks.filter((network) => network.ours || used.has(network.name)) };
}
