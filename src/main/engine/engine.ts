/**
 * The engine the app talks to: where it is, what it is, and every operation the lessons need.
 * Everything outside src/main/engine goes through this class; its requests all go through one
 * EngineClient (transport/client.ts).
 */

import type { EngineEndpoint, EngineIdentity } from '@shared/engine';
import type { OutputChunk, ProgressEvent } from '@shared/results';
import { connectEngine, type DiscoveryOptions } from './connect';
import * as containers from './containers';
import { type EngineEvent, type EventOptions, followEvents } from './events';
import { runAttached } from './foreground';
import * as images from './images';
import { findContainerDetail, inspectAllContainers } from './inventory';
import { followLogs, type LogEntry, type LogFollowOptions } from './logs-follow';
import * as networks from './networks';
import * as swarm from './swarm';
import type { EngineClient } from './transport/client';
import { type TerminalSize, TtySession } from './tty';
import type { ContainerCreateBody, Labels, ServiceCreateSpec } from './types';
import type { WaitCondition } from './wait';

export class Engine {
  constructor(
    private readonly client: EngineClient,
    readonly endpoint: EngineEndpoint,
    readonly identity: EngineIdentity,
  ) {}

  /** Major.minor of the engine version, for behaviour that changed between releases. */
  versionAtLeast(major: number, minor = 0): boolean {
    const [maj = 0, min = 0] = this.identity.version.split('.').map((part) => Number.parseInt(part, 10) || 0);
    return maj > major || (maj === major && min >= minor);
  }

  /** `GET /_ping` within `timeoutMs`: resolves when the engine answers, rejects (with the cause) when not. */
  ping = async (timeoutMs = 1000): Promise<void> => {
    await this.client.bytes({ method: 'GET', path: '/_ping', timeoutMs, unrecorded: true });
  };

  private readonly closing = new Set<() => void>();

  /** Ends every request and stream in flight (they fail at once) and refuses new ones: the engine is gone. */
  close = (): void => {
    this.client.close();
    for (const listener of this.closing) listener();
    this.closing.clear();
  };

  /** Runs `listener` when this engine is closed (e.g. to close what was reached through it). */
  onClose = (listener: () => void): void => {
    this.closing.add(listener);
  };

  get isPodman(): boolean {
    return this.identity.product === 'podman';
  }

  createContainer = (body: ContainerCreateBody, name?: string) => containers.createContainer(this.client, body, name);
  startContainer = (id: string) => containers.startContainer(this.client, id);
  stopContainer = (id: string) => containers.stopContainer(this.client, id);
  findContainer = (nameOrId: string) => containers.findContainer(this.client, nameOrId);
  inspectContainer = (nameOrId: string) => containers.inspectContainer(this.client, nameOrId);
  listContainers = (labels?: Labels) => containers.listContainers(this.client, labels);
  removeContainer = (id: string) => containers.removeContainer(this.client, id);
  exec = (id: string, cmd: string[]) => containers.execInContainer(this.client, id, cmd);
  logs = (id: string, tail?: number) => containers.containerLogs(this.client, id, tail);
  /** Every container (not only the app's), inspected, with its legacy links. */
  inspectAllContainers = () => inspectAllContainers(this.client);
  /** One container as inspectAllContainers reads it; undefined when it is gone. */
  findContainerDetail = (id: string) => findContainerDetail(this.client, id);
  /** `docker logs -f -t`; resolves with the function that stops following. */
  followLogs = (id: string, onEntry: (entry: LogEntry) => void, options?: LogFollowOptions) =>
    followLogs(this.client, id, onEntry, options);
  /** Container and network events as they happen; resolves with the function that stops following. */
  followEvents = (onEvent: (event: EngineEvent) => void, options?: EventOptions) =>
    followEvents(this.client, onEvent, options);
  /** Engine streams (follows, attaches, waits) not yet closed: zero once every follower has stopped. */
  openStreams = () => this.client.openStreams();
  runAttached = (id: string, onChunk: (chunk: OutputChunk) => void, condition?: WaitCondition) =>
    runAttached(this.client, id, onChunk, condition);
  openTty = (id: string, size: TerminalSize) => TtySession.open(this.client, id, size);

  createNetwork = (name: string, labels: Labels, driver?: string, options?: networks.NetworkOptions) =>
    networks.createNetwork(this.client, name, labels, driver, options);
  findNetwork = (nameOrId: string) => networks.findNetwork(this.client, nameOrId);
  listNetworks = (labels?: Labels) => networks.listNetworks(this.client, labels);
  connectNetwork = (network: string, container: string, aliases?: string[]) =>
    networks.connectNetwork(this.client, network, container, aliases);
  disconnectNetwork = (network: string, container: string, force?: boolean) =>
    networks.disconnectNetwork(this.client, network, container, force);
  removeNetwork = (id: string) => networks.removeNetwork(this.client, id);

  hasImage = (image: string) => images.hasImage(this.client, image);
  pullImage = (image: string, onProgress: (p: ProgressEvent) => void) =>
    images.pullImage(this.client, image, onProgress);
  buildImage = (dir: string, tag: string, labels: Labels, onProgress: (p: ProgressEvent) => void) =>
    images.buildImage(this.client, dir, tag, labels, onProgress);
  saveImages = (names: string[]) => images.saveImages(this.client, names);
  loadImage = (archive: NodeJS.ReadableStream) => images.loadImage(this.client, archive);
  /** Copies images into `target` (another engine) stream to stream; resolves with what it loaded. */
  copyImagesTo = (target: Engine, names: string[]) => images.copyImages(this.client, target.client, names);

  swarmInit = (options: swarm.SwarmInitOptions) => swarm.swarmInit(this.client, options);
  swarmJoin = (options: swarm.SwarmJoinOptions) => swarm.swarmJoin(this.client, options);
  swarmLeave = (force?: boolean) => swarm.swarmLeave(this.client, force);
  swarmInspect = () => swarm.swarmInspect(this.client);
  swarmInfo = () => swarm.swarmInfo(this.client);
  listNodes = () => swarm.listNodes(this.client);
  createService = (spec: ServiceCreateSpec, labels: Labels) => swarm.createService(this.client, spec, labels);
  listServices = (labels?: Labels) => swarm.listServices(this.client, labels);
  findService = (nameOrId: string) => swarm.findService(this.client, nameOrId);
  removeService = (id: string) => swarm.removeService(this.client, id);
  listTasks = (filter?: swarm.TaskFilter) => swarm.listTasks(this.client, filter);
}

/** Finds the engine (DOCKER_HOST, context, known sockets), identifies it, and wraps it. */
export async function openEngine(options?: DiscoveryOptions): Promise<Engine> {
  const { client, endpoint, identity } = await connectEngine(options);
  return new Engine(client, endpoint, identity);
}
