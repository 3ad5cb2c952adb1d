/**
 * The `networks` stream: a full topology snapshot at once, then again whenever the engine reports a
 * change (also ones made with the docker CLI). Bursts of events (a `docker run` is create, connect,
 * start) are coalesced into one snapshot, and every subscriber shares one watcher per engine: a change
 * is read once, however many panels show it. The engines inside the app's playground nodes are read
 * and followed too (topology-nodes.ts).
 */
import type { Topology } from '@shared/contract';
import type { Engine, EngineEvent } from '../engine';
import type { EventFollow } from './event-hub';
import { NodeTopologies } from './topology-nodes';
import { readTopology } from './topology-snapshot';

export const TOPOLOGY_DEBOUNCE_MS = 150;

const relevant: Record<EngineEvent['type'], readonly string[]> = {
  network: ['create', 'destroy', 'connect', 'disconnect'],
  container: ['start', 'die', 'destroy', 'rename'],
};

class TopologyWatcher {
  private stopped = false;
  private stopEvents?: () => void;
  private timer?: NodeJS.Timeout;
  private reading = false;
  /** A change arrived while a snapshot was being read: read again once it is done. */
  private dirty = false;
  private readonly nodes: NodeTopologies;

  constructor(
    private readonly engine: Engine,
    private readonly events: EventFollow,
    private readonly onSnapshot: (topology: Topology) => void,
    private readonly onError?: (error: Error) => void,
  ) {
    this.nodes = new NodeTopologies(
      engine,
      (event) => this.onEvent(event),
      () => this.schedule(),
    );
  }

  /** Events first, then the first snapshot: a change in between is not missed. */
  async start(): Promise<void> {
    try {
      const stopEvents = await this.events.followEvents((event) => this.onEvent(event), {
        onEnd: (error) => this.fail(error ?? new Error('the engine stopped sending events')),
      });
      if (this.stopped) return stopEvents();
      this.stopEvents = stopEvents;
      await this.refresh();
    } catch (error) {
      this.fail(error as Error);
    }
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.stopEvents?.();
    this.nodes.stop();
  }

  private onEvent(event: EngineEvent): void {
    if (relevant[event.type].includes(event.action)) this.schedule();
  }

  private schedule(): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), TOPOLOGY_DEBOUNCE_MS);
  }

  /** One read at a time, so snapshots go out in the order of the engine's changes. */
  private async refresh(): Promise<void> {
    if (this.reading) {
      this.dirty = true;
      return;
    }
    this.reading = true;
    try {
      do {
        this.dirty = false;
        const topology = await this.nodes.withNodes(await readTopology(this.engine));
        if (!this.stopped) this.onSnapshot(topology);
      } while (this.dirty && !this.stopped);
    } catch (error) {
      this.fail(error as Error);
    } finally {
      this.reading = false;
    }
  }

  private fail(error: Error): void {
    if (!this.stopped) this.onError?.(error);
  }
}

/** Watches the engine's networks and containers (events from `events`); the returned function stops. */
export function watchTopology(
  engine: Engine,
  onSnapshot: (topology: Topology) => void,
  onError?: (error: Error) => void,
  events: EventFollow = engine,
): () => void {
  const watcher = new TopologyWatcher(engine, events, onSnapshot, onError);
  void watcher.start();
  return () => watcher.stop();
}

interface Viewer {
  onSnapshot(topology: Topology): void;
  onError(error: Error): void;
}

/** One watcher for many viewers; a viewer who comes later gets the latest snapshot at once. */
class SharedTopology {
  private readonly viewers = new Set<Viewer>();
  private latest?: Topology;
  private stopWatcher?: () => void;

  constructor(
    private readonly engine: Engine,
    private readonly events: EventFollow,
    private readonly onIdle: () => void,
  ) {}

  add(viewer: Viewer): () => void {
    this.viewers.add(viewer);
    if (this.latest) viewer.onSnapshot(this.latest);
    this.stopWatcher ??= watchTopology(
      this.engine,
      (topology) => this.snapshot(topology),
      (error) => this.failed(error),
      this.events,
    );
    return () => {
      this.viewers.delete(viewer);
      if (this.viewers.size === 0) this.shut();
    };
  }

  private snapshot(topology: Topology): void {
    this.latest = topology;
    for (const viewer of [...this.viewers]) viewer.onSnapshot(topology);
  }

  /** The watcher is done for: every viewer hears it, and the next one starts afresh. */
  private failed(error: Error): void {
    const viewers = [...this.viewers];
    this.viewers.clear();
    this.shut();
    for (const viewer of viewers) viewer.onError(error);
  }

  private shut(): void {
    this.stopWatcher?.();
    this.stopWatcher = undefined;
    this.latest = undefined;
    this.onIdle();
  }
}

const shared = new WeakMap<Engine, SharedTopology>();

/** Like watchTopology, but sharing the engine's one watcher with every other caller. */
export function followTopology(
  engine: Engine,
  events: EventFollow,
  onSnapshot: (topology: Topology) => void,
  onError: (error: Error) => void,
): () => void {
  let topology = shared.get(engine);
  if (!topology) {
    const created = new SharedTopology(engine, events, () => shared.get(engine) === created && shared.delete(engine));
    shared.set(engine, created);
    topology = created;
  }
  return topology.add({ onSnapshot, onError });
}
