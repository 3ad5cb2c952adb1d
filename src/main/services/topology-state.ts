/**
 * One engine's topology kept up to date from its events: read whole at first (and again whenever an
 * event cannot be applied), then each batch of events re-inspects only the networks and containers it
 * names. A container's endpoints change on `network connect/disconnect`, so those read the container.
 */
import type { Topology } from '@shared/contract';
import type { Engine, EngineEvent } from '../engine';
import { readTopology, toTopologyContainer, toTopologyNetwork } from './topology-snapshot';

type TopologyNetwork = Topology['networks'][number];
type TopologyContainer = Topology['containers'][number];
type Reader = Pick<Engine, 'findNetwork' | 'findContainerDetail' | 'listNetworks' | 'inspectAllContainers'>;

/** What each event does to the view; Podman says remove where Docker says destroy. */
const effects: Record<EngineEvent['type'], { read: readonly string[]; gone: readonly string[] }> = {
  network: { read: ['create', 'connect', 'disconnect'], gone: ['destroy', 'remove'] },
  container: { read: ['create', 'start', 'restart', 'die', 'stop', 'rename'], gone: ['destroy', 'remove'] },
};

/** Whether the event changes what the diagram shows (exec, attach, health checks and the like do not). */
export function isTopologyEvent(event: EngineEvent): boolean {
  const { read, gone } = effects[event.type];
  return read.includes(event.action) || gone.includes(event.action);
}

type Fate = 'read' | 'gone';

/** A batch's work, each object once (its last event decides); undefined when an event names too little. */
interface Work {
  networks: Map<string, Fate>;
  containers: Map<string, Fate>;
}

function planOf(events: EngineEvent[], knownNetwork: (id: string) => boolean): Work | undefined {
  const work: Work = { networks: new Map(), containers: new Map() };
  for (const event of events) {
    const fate: Fate = effects[event.type].gone.includes(event.action) ? 'gone' : 'read';
    if (event.type === 'container') {
      work.containers.set(event.id, fate);
    } else if (event.action === 'connect' || event.action === 'disconnect') {
      const container = event.attributes.container;
      if (!container) return undefined;
      work.containers.set(container, 'read');
      if (!knownNetwork(event.id) && !work.networks.has(event.id)) work.networks.set(event.id, 'read');
    } else {
      work.networks.set(event.id, fate);
    }
  }
  return work;
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

export class TopologyState {
  private readonly networks = new Map<string, TopologyNetwork>();
  private readonly containers = new Map<string, TopologyContainer>();

  constructor(private readonly engine: Reader) {}

  /** Everything read again (the first time, and after an event that cannot be applied). */
  async resync(): Promise<void> {
    const { networks, containers } = await readTopology(this.engine);
    this.networks.clear();
    this.containers.clear();
    for (const network of networks) this.networks.set(network.id, network);
    for (const container of containers) this.containers.set(container.id, container);
  }

  /** Applies a batch of events; an engine error on the way, or an event naming too little, reads everything. */
  async apply(events: EngineEvent[]): Promise<void> {
    const work = planOf(events, (id) => this.findNetworkKey(id) !== undefined);
    if (!work) return this.resync();
    try {
      await this.applyWork(work);
    } catch {
      await this.resync();
    }
  }

  view(): Topology {
    return {
      networks: [...this.networks.values()].sort(byName),
      containers: [...this.containers.values()].sort(byName),
    };
  }

  private async applyWork(work: Work): Promise<void> {
    const read = <T>(fates: Map<string, Fate>, find: (id: string) => Promise<T | undefined>) =>
      Promise.all([...fates].map(async ([id, fate]) => [id, fate === 'read' ? await find(id) : undefined] as const));
    const [networks, containers] = await Promise.all([
      read(work.networks, (id) => this.engine.findNetwork(id)),
      read(work.containers, (id) => this.engine.findContainerDetail(id)),
    ]);
    // A network a container is on that this view never heard of (its event came before the follow).
    const missing = new Set(
      containers.flatMap(([, detail]) => Object.keys(detail?.networks ?? {})).filter((name) => !this.hasNetwork(name)),
    );
    const found = await Promise.all([...missing].map((name) => this.engine.findNetwork(name)));
    for (const [id, network] of networks) this.setNetwork(id, network && toTopologyNetwork(network));
    for (const network of found) if (network) this.setNetwork(network.id, toTopologyNetwork(network));
    for (const [id, detail] of containers) {
      if (detail) this.containers.set(detail.id, toTopologyContainer(detail));
      else this.containers.delete(id);
    }
  }

  /** `ref`: the id an event names (Podman may name a network by its name). */
  private setNetwork(ref: string, network: TopologyNetwork | undefined): void {
    const key = this.findNetworkKey(ref);
    if (key !== undefined) this.networks.delete(key);
    if (network) this.networks.set(network.id, network);
  }

  private findNetworkKey(ref: string): string | undefined {
    if (this.networks.has(ref)) return ref;
    return [...this.networks.values()].find((network) => network.name === ref)?.id;
  }

  private hasNetwork(name: string): boolean {
    return [...this.networks.values()].some((network) => network.name === name);
  }
}
