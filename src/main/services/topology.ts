/**
 * The `networks` stream: a full topology snapshot at once, then again whenever the engine reports a
 * change (also ones made with the docker CLI). Each change re-inspects only what its event names
 * (topology-state.ts); the events that arrive together (a `docker run` is create, connect, start) are
 * applied as one batch, and a snapshot goes out only when the view changed. Every subscriber shares
 * one watcher per engine: a change is read once, however many panels show it. The engines inside the
 * app's playground nodes are read and followed too (topology-nodes.ts).
 */
import type { Topology } from '@shared/contract';
import type { Engine, EngineEvent } from '../engine';
import type { EventFollow } from './event-hub';
import { NodeTopologies } from './topology-nodes';
import { isTopologyEvent, TopologyState } from './topology-state';

class TopologyWatcher {
  private stopped = false;
  private stopEvents?: () => void;
  private readonly state: TopologyState;
  private readonly nodes: NodeTopologies;
  /** Events not applied yet. */
  private pending: EngineEvent[] = [];
  /** The first batch reads everything; the engine's events keep it up to date from then on. */
  private whole = true;
  /** Something changed since the last snapshot was made. */
  private dirty = false;
  private scheduled = false;
  private working = false;
  private lastSent?: string;

  constructor(
    engine: Engine,
    private readonly events: EventFollow,
    private readonly onSnapshot: (topology: Topology) => void,
    private readonly onError?: (error: Error) => void,
  ) {
    this.state = new TopologyState(engine);
    this.nodes = new NodeTopologies(engine, () => this.changed());
  }

  /** Events first, then the first snapshot: a change in between is not missed. */
  async start(): Promise<void> {
    try {
      const stopEvents = await this.events.followEvents((event) => this.onEvent(event), {
        onEnd: (error) => this.fail(error ?? new Error('the engine stopped sending events')),
      });
      if (this.stopped) return stopEvents();
      this.stopEvents = stopEvents;
      this.changed();
    } catch (error) {
      this.fail(error as Error);
    }
  }

  stop(): void {
    this.stopped = true;
    this.stopEvents?.();
    this.nodes.stop();
  }

  private onEvent(event: EngineEvent): void {
    if (!isTopologyEvent(event)) return;
    this.pending.push(event);
    this.changed();
  }

  /**
   * No fixed wait: the events of one read of the stream are applied together on the next turn of the
   * event loop, and those that come while a batch is being inspected make the next batch.
   */
  private changed(): void {
    this.dirty = true;
    if (this.scheduled || this.working || this.stopped) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      void this.work();
    });
  }

  /** One batch at a time, so snapshots go out in the order of the engine's changes. */
  private async work(): Promise<void> {
    this.working = true;
    try {
      while (this.dirty && !this.stopped) {
        this.dirty = false;
        const events = this.pending.splice(0);
        if (this.whole) await this.state.resync();
        else await this.state.apply(events);
        this.whole = false;
        this.send(await this.nodes.withNodes(this.state.view()));
      }
    } catch (error) {
      this.fail(error as Error);
    } finally {
      this.working = false;
    }
  }

  /** Only a snapshot that differs from the last one (a stopped container's disconnect changes nothing more). */
  private send(topology: Topology): void {
    const key = JSON.stringify(topology);
    if (this.stopped || key === this.lastSent) return;
    this.lastSent = key;
    this.onSnapshot(topology);
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
