/**
 * The engine the app talks to: where it is, what it is, and every operation the lessons need.
 * Everything outside src/main/engine goes through this class; nothing else sees dockerode.
 */

import type { EngineEndpoint, EngineIdentity } from '@shared/engine';
import type { OutputChunk, ProgressEvent } from '@shared/results';
import type Dockerode from 'dockerode';
import { recordApiCalls } from './api-log';
import { dialGet } from './discovery/dockerode-client';
import { connectEngine, type DiscoveryOptions } from './connect';
import * as containers from './containers';
import { type EngineEvent, type EventOptions, followEvents } from './events';
import { runAttached } from './foreground';
import * as images from './images';
import { inspectAllContainers } from './inventory';
import { followLogs, type LogEntry, type LogFollowOptions } from './logs-follow';
import * as networks from './networks';
import { openStreamCount } from './open-streams';
import { type TerminalSize, TtySession } from './tty';
import type { ContainerCreateBody, Labels } from './types';
import type { WaitCondition } from './wait';

export class Engine {
  constructor(
    private readonly docker: Dockerode,
    readonly endpoint: EngineEndpoint,
    readonly identity: EngineIdentity,
  ) {
    recordApiCalls(docker);
  }

  /** Major.minor of the engine version, for behaviour that changed between releases. */
  versionAtLeast(major: number, minor = 0): boolean {
    const [maj = 0, min = 0] = this.identity.version.split('.').map((part) => Number.parseInt(part, 10) || 0);
    return maj > major || (maj === major && min >= minor);
  }

  /** `GET /_ping` within `timeoutMs`: resolves when the engine answers, rejects (with the cause) when not. */
  ping = async (timeoutMs = 1000): Promise<void> => {
    await dialGet(this.docker, '/_ping', timeoutMs);
  };

  get isPodman(): boolean {
    return this.identity.product === 'podman';
  }

  createContainer = (body: ContainerCreateBody, name?: string) => containers.createContainer(this.docker, body, name);
  startContainer = (id: string) => containers.startContainer(this.docker, id);
  findContainer = (nameOrId: string) => containers.findContainer(this.docker, nameOrId);
  inspectContainer = (nameOrId: string) => containers.inspectContainer(this.docker, nameOrId);
  listContainers = (labels?: Labels) => containers.listContainers(this.docker, labels);
  removeContainer = (id: string) => containers.removeContainer(this.docker, id);
  exec = (id: string, cmd: string[]) => containers.execInContainer(this.docker, id, cmd);
  logs = (id: string, tail?: number) => containers.containerLogs(this.docker, id, tail);
  /** Every container (not only the app's), inspected, with its legacy links. */
  inspectAllContainers = () => inspectAllContainers(this.docker);
  /** `docker logs -f -t`; resolves with the function that stops following. */
  followLogs = (id: string, onEntry: (entry: LogEntry) => void, options?: LogFollowOptions) =>
    followLogs(this.docker, id, onEntry, options);
  /** Container and network events as they happen; resolves with the function that stops following. */
  followEvents = (onEvent: (event: EngineEvent) => void, options?: EventOptions) =>
    followEvents(this.docker, onEvent, options);
  /** Follow streams (logs, events) not yet closed: zero once every follower has stopped. */
  openStreams = () => openStreamCount(this.docker);
  runAttached = (id: string, onChunk: (chunk: OutputChunk) => void, condition?: WaitCondition) =>
    runAttached(this.docker, id, onChunk, condition);
  openTty = (id: string, size: TerminalSize) => TtySession.open(this.docker, id, size);

  createNetwork = (name: string, labels: Labels, driver?: string) =>
    networks.createNetwork(this.docker, name, labels, driver);
  findNetwork = (nameOrId: string) => networks.findNetwork(this.docker, nameOrId);
  listNetworks = (labels?: Labels) => networks.listNetworks(this.docker, labels);
  connectNetwork = (network: string, container: string, aliases?: string[]) =>
    networks.connectNetwork(this.docker, network, container, aliases);
  disconnectNetwork = (network: string, container: string, force?: boolean) =>
    networks.disconnectNetwork(this.docker, network, container, force);
  removeNetwork = (id: string) => networks.removeNetwork(this.docker, id);

  hasImage = (image: string) => images.hasImage(this.docker, image);
  pullImage = (image: string, onProgress: (p: ProgressEvent) => void) =>
    images.pullImage(this.docker, image, onProgress);
  buildImage = (dir: string, tag: string, labels: Labels, onProgress: (p: ProgressEvent) => void) =>
    images.buildImage(this.docker, dir, tag, labels, onProgress);
}

/** Finds the engine (DOCKER_HOST, context, known sockets), identifies it, and wraps it. */
export async function openEngine(options?: DiscoveryOptions): Promise<Engine> {
  const { docker, endpoint, identity } = await connectEngine(options);
  return new Engine(docker, endpoint, identity);
}
