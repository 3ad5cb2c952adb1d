/**
 * The `networks` stream: a full topology snapshot at once, then again whenever the engine reports a
 * change (also ones made with the docker CLI). Bursts of events (a `docker run` is create, connect,
 * start) are coalesced into one snapshot.
 */
import type { Topology } from '@shared/contract';
import type { Engine } from '../engine/engine';
import type { EngineEvent } from '../engine/events';
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

  constructor(
    private readonly engine: Engine,
    private readonly onSnapshot: (topology: Topology) => void,
    private readonly onError?: (error: Error) => void,
  ) {}

  /** Events first, then the first snapshot: a change in between is not missed. */
  async start(): Promise<void> {
    try {
      const stopEvents = await this.engine.followEvents((event) => this.onEvent(event), {
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
  }

  private onEvent(event: EngineEvent): void {
    if (!relevant[event.type].includes(event.action)) return;
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
        const topology = await readTopology(this.engine);
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

/** Watches the engine's networks and containers; the returned function ends the events stream. */
export function watchTopology(
  engine: Engine,
  onSnapshot: (topology: Topology) => void,
  onError?: (error: Error) => void,
): () => void {
  const watcher = new TopologyWatcher(engine, onSnapshot, onError);
  void watcher.start();
  return () => watcher.stop();
}
