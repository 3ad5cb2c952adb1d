/** The engine's networks and containers as the networks diagram shows them. */
import type { Topology } from '@shared/contract';
import type { ContainerDetail, ContainerNetwork, Engine, NetworkInfo } from '../engine';
import { createdByApp, LABEL, lessonOf } from '../lessons/safety/labels';
import { CONSOLE_STEP, EXPLORE_STEP, isInteractive } from './consoles';
import { isNamedByLesson } from './topology-node-names';

type TopologyNetwork = Topology['networks'][number];
type TopologyContainer = Topology['containers'][number];
type Endpoint = TopologyContainer['endpoints'][number];

/** Swarm puts this label on the containers of a service's tasks. */
const SERVICE_LABEL = 'com.docker.swarm.service.name';

interface RawSettings {
  HostConfig?: { AutoRemove?: boolean };
}

export function toTopologyNetwork(network: NetworkInfo): TopologyNetwork {
  const lesson = lessonOf(network.labels);
  return {
    id: network.id,
    name: network.name,
    driver: network.driver,
    ...(network.subnet ? { subnet: network.subnet } : {}),
    ...(network.gateway ? { gateway: network.gateway } : {}),
    ours: createdByApp(network.labels),
    ...(lesson ? { lesson } : {}),
  };
}

/** The engine lists a container's short id among its aliases on user-defined networks; it is noise here. */
function toEndpoint(network: string, endpoint: ContainerNetwork, shortId: string): Endpoint {
  return {
    network,
    ipv4: endpoint.ipAddress.replace(/\/\d+$/, ''),
    aliases: endpoint.aliases.filter((alias) => alias !== shortId),
    dnsNames: endpoint.dnsNames,
  };
}

/** The app's helpers: a console, or an interactive shell (or any other object) of the Explore terminal. */
function roleOf(container: ContainerDetail): TopologyContainer['role'] {
  if (!createdByApp(container.labels)) return undefined;
  const step = container.labels[LABEL.step];
  if (step === CONSOLE_STEP) return 'console';
  if (step !== EXPLORE_STEP) return undefined;
  return isInteractive(container.raw) ? 'explore-shell' : 'explore';
}

/** Run with --rm, or made by the app under a name no lesson gives (the engine made one up). */
function isOneOff(container: ContainerDetail, lesson: string | undefined): boolean {
  if ((container.raw as RawSettings).HostConfig?.AutoRemove) return true;
  return lesson !== undefined && !isNamedByLesson(container.name, lesson);
}

export function toTopologyContainer(container: ContainerDetail): TopologyContainer {
  const lesson = lessonOf(container.labels);
  const shortId = container.id.slice(0, 12);
  const service = container.labels[SERVICE_LABEL];
  const role = roleOf(container);
  return {
    id: container.id,
    name: container.name,
    image: container.image,
    running: container.running,
    ...(lesson ? { lesson } : {}),
    ...(service ? { service } : {}),
    ...(role ? { role } : {}),
    oneOff: isOneOff(container, lesson),
    endpoints: Object.entries(container.networks)
      .map(([name, endpoint]) => toEndpoint(name, endpoint, shortId))
      .sort((a, b) => a.network.localeCompare(b.network)),
    links: container.legacyLinks.map(({ target, alias }) => ({ target, alias })),
  };
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

/** Every network and every container (not only the app's: the diagram follows docker CLI changes too). */
export async function readTopology(engine: Pick<Engine, 'listNetworks' | 'inspectAllContainers'>): Promise<Topology> {
  const [networks, containers] = await Promise.all([engine.listNetworks(), engine.inspectAllContainers()]);
  return {
    networks: networks.map(toTopologyNetwork).sort(byName),
    containers: containers.map(toTopologyContainer).sort(byName),
  };
}
