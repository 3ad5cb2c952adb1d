/**
 * A stand-in for the Engine class, for the session and the streams: pings that answer or fail as the
 * test says, event streams the test can feed and end, and counts of what the app asked for.
 */

import type { DiscoveryOptions } from '../../../src/main/engine/discovery';
import type { Engine } from '../../../src/main/engine/engine';
import type { EngineEvent, EventOptions } from '../../../src/main/engine/events';
import type { ContainerDetail } from '../../../src/main/engine/inventory';

interface OpenStream {
  onEvent(event: EngineEvent): void;
  options: EventOptions;
  stopped: boolean;
}

export class FakeEngine {
  readonly endpoint = { source: 'env', label: 'DOCKER_HOST', url: 'unix:///fake.sock', publishedHost: 'localhost' };
  readonly identity = { product: 'docker-engine', version: '20.10.24', apiVersion: '1.41', os: 'linux', arch: 'amd64' };
  answering = true;
  pings = 0;
  /** Every events stream opened, stopped ones included. */
  readonly streams: OpenStream[] = [];
  readonly calls = { listNetworks: 0, inspectAllContainers: 0, listContainers: 0, findContainerDetail: 0 };
  /** The containers the engine has, as inspected. */
  readonly containers: ContainerDetail[] = [];

  /** close() was called: the session gave up on this engine and cut off its requests. */
  closed = false;
  close = (): void => {
    this.closed = true;
  };

  ping = async (): Promise<void> => {
    this.pings++;
    if (!this.answering) throw Object.assign(new Error('connect ECONNREFUSED /fake.sock'), { code: 'ECONNREFUSED' });
  };

  followEvents = async (onEvent: (event: EngineEvent) => void, options: EventOptions = {}) => {
    if (!this.answering) throw Object.assign(new Error('connect ECONNREFUSED /fake.sock'), { code: 'ECONNREFUSED' });
    const stream: OpenStream = { onEvent, options, stopped: false };
    this.streams.push(stream);
    return () => {
      stream.stopped = true;
    };
  };

  listNetworks = async () => {
    this.calls.listNetworks++;
    return [];
  };
  findNetwork = async (_nameOrId: string) => undefined;
  inspectAllContainers = async () => {
    this.calls.inspectAllContainers++;
    return [...this.containers];
  };
  findContainerDetail = async (id: string) => {
    this.calls.findContainerDetail++;
    return this.containers.find((container) => container.id === id);
  };
  listContainers = async () => {
    this.calls.listContainers++;
    return [];
  };

  get openStreams(): number {
    return this.streams.filter((s) => !s.stopped).length;
  }

  /** Sends an event on every open stream. */
  emit(event: EngineEvent): void {
    for (const stream of this.streams.filter((s) => !s.stopped)) stream.onEvent(event);
  }

  /** The engine goes away: pings fail and every open stream ends. */
  stop(): void {
    this.answering = false;
    for (const stream of this.streams.filter((s) => !s.stopped)) {
      stream.stopped = true;
      stream.options.onEnd?.();
    }
  }

  asEngine(): Engine {
    return this as unknown as Engine;
  }
}

/** Discovery as the session sees it: the engine when it answers, else the error discovery would give. */
export function fakeOpener(current: () => FakeEngine) {
  const opener = {
    attempts: 0,
    open: async (_options: DiscoveryOptions): Promise<Engine> => {
      opener.attempts++;
      const engine = current();
      if (!engine.answering) throw new Error('no engine answers at unix:///fake.sock');
      return engine.asEngine();
    },
  };
  return opener;
}

/** A stopped container on no network, as the engine inspects it. */
export const containerDetail = (id: string, name: string): ContainerDetail => ({
  id,
  name,
  image: 'alpine',
  running: false,
  exitCode: 0,
  labels: {},
  networks: {},
  ports: {},
  raw: {},
  legacyLinks: [],
});

export const containerEvent = (action: string, labels: Record<string, string> = {}): EngineEvent => ({
  type: 'container',
  action,
  id: 'c0ffee',
  attributes: { name: 'web', ...labels },
  time: Date.now(),
});
