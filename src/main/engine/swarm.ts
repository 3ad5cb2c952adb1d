/** Swarm mode: form and leave a swarm, its nodes, its services and their tasks. */

import { say } from '@shared/messages';
import type Dockerode from 'dockerode';
import type {
  InfoSwarmAnswer,
  NodeAnswer,
  ServiceAnswer,
  ServiceCreateAnswer,
  SwarmInspectAnswer,
  TaskAnswer,
} from './api-types';
import { engineCall, statusOf } from './errors';
import { doing } from './messages';
import type { EngineClient } from './transport/client';
import { EngineRefError } from './transport/errors';
import { enginePath } from './transport/path';
import {
  type Labels,
  labelFilter,
  type NodeSummary,
  type PublishedPort,
  type ServiceCreateSpec,
  type ServiceInfo,
  type SwarmState,
  type SwarmSummary,
  type TaskInfo,
} from './types';

/** The CLI's default: the swarm's control port on every interface. */
const LISTEN_ADDR = '0.0.0.0:2377';
/** Init and join wait for the swarm; the engine gives up on an unreachable manager after 20 s itself. */
const SWARM_TIMEOUT_MS = 30_000;

export interface SwarmInitOptions {
  /** The address other nodes reach this one at (an IP, or an interface name). */
  advertiseAddr: string;
  listenAddr?: string;
}

export interface SwarmJoinOptions {
  /** Managers' addresses, host:port (port 2377). */
  remoteAddrs: string[];
  joinToken: string;
  advertiseAddr?: string;
  listenAddr?: string;
}

/** `docker swarm init`: this engine becomes the first manager; resolves with its node id. */
export function swarmInit(client: EngineClient, options: SwarmInitOptions): Promise<string> {
  const body = { ListenAddr: options.listenAddr ?? LISTEN_ADDR, AdvertiseAddr: options.advertiseAddr };
  return engineCall(doing.initializingSwarm, () =>
    client.json<string>({ method: 'POST', path: '/swarm/init', body, timeoutMs: SWARM_TIMEOUT_MS }),
  );
}

/** `docker swarm join`: resolves once this engine is a node of the swarm (a manager or a worker, per the token). */
export function swarmJoin(client: EngineClient, options: SwarmJoinOptions): Promise<void> {
  const body = {
    ListenAddr: options.listenAddr ?? LISTEN_ADDR,
    RemoteAddrs: options.remoteAddrs,
    JoinToken: options.joinToken,
    ...(options.advertiseAddr ? { AdvertiseAddr: options.advertiseAddr } : {}),
  };
  return engineCall(say(doing.joiningSwarm, { at: options.remoteAddrs.join(', ') }), () =>
    client.json({ method: 'POST', path: '/swarm/join', body, timeoutMs: SWARM_TIMEOUT_MS }),
  );
}

/** `docker swarm leave [--force]` (a manager needs force). */
export function swarmLeave(client: EngineClient, force = false): Promise<void> {
  return engineCall(doing.leavingSwarm, () =>
    client.json({ method: 'POST', path: '/swarm/leave', query: { force }, timeoutMs: SWARM_TIMEOUT_MS }),
  );
}

/** The swarm's id and join tokens (managers only). */
export async function swarmInspect(client: EngineClient): Promise<SwarmSummary> {
  const raw = await engineCall(doing.inspectingSwarm, () =>
    client.json<SwarmInspectAnswer>({ method: 'GET', path: '/swarm' }),
  );
  return { id: raw.ID, joinTokens: { worker: raw.JoinTokens.Worker, manager: raw.JoinTokens.Manager } };
}

/** This engine's place in a swarm, from GET /info (works on every node, and outside a swarm). */
export async function swarmInfo(client: EngineClient): Promise<SwarmState> {
  const info = await engineCall(doing.readingSwarmState, () =>
    client.json<InfoSwarmAnswer>({ method: 'GET', path: '/info' }),
  );
  const swarm = info.Swarm ?? {};
  return {
    nodeId: swarm.NodeID ?? '',
    nodeAddr: swarm.NodeAddr ?? '',
    localNodeState: swarm.LocalNodeState ?? 'inactive',
    controlAvailable: swarm.ControlAvailable ?? false,
    error: swarm.Error ?? '',
  };
}

/** The CLI's MANAGER STATUS: Leader, else the reachability capitalized; nothing for a worker. */
function managerStatus(raw: NodeAnswer['ManagerStatus']): string | undefined {
  if (!raw) return undefined;
  if (raw.Leader) return 'Leader';
  const reach = raw.Reachability ?? '';
  return reach.charAt(0).toUpperCase() + reach.slice(1);
}

export function toNode(raw: NodeAnswer): NodeSummary {
  const status = managerStatus(raw.ManagerStatus);
  return {
    id: raw.ID,
    hostname: raw.Description?.Hostname ?? '',
    status: raw.Status?.State ?? 'unknown',
    availability: raw.Spec?.Availability ?? '',
    role: raw.Spec?.Role ?? '',
    ...(status ? { managerStatus: status } : {}),
    engineVersion: raw.Description?.Engine?.EngineVersion ?? '',
    addr: raw.Status?.Addr ?? '',
    labels: raw.Spec?.Labels ?? {},
  };
}

/** `docker node ls` (managers only). */
export async function listNodes(client: EngineClient): Promise<NodeSummary[]> {
  const list = await engineCall(doing.listingNodes, () => client.json<NodeAnswer[]>({ method: 'GET', path: '/nodes' }));
  return list.map(toNode);
}

/** The body of POST /services/create for `docker service create`; the tasks' containers get the labels too. */
export function serviceBody(spec: ServiceCreateSpec, labels: Labels): Dockerode.ServiceSpec {
  const containerSpec: Dockerode.ContainerSpec = { Image: spec.image, Labels: labels };
  if (spec.command) containerSpec.Command = spec.command;
  if (spec.args) containerSpec.Args = spec.args;
  if (spec.env) containerSpec.Env = spec.env;
  const ports = (spec.ports ?? []).map(
    (p): Dockerode.PortConfig => ({
      Protocol: p.protocol ?? 'tcp',
      TargetPort: p.targetPort,
      ...(p.publishedPort ? { PublishedPort: p.publishedPort } : {}),
      PublishMode: p.publishMode ?? 'ingress',
    }),
  );
  return {
    Name: spec.name,
    Labels: labels,
    TaskTemplate: { ContainerSpec: containerSpec, Networks: (spec.networks ?? []).map((Target) => ({ Target })) },
    Mode: { Replicated: { Replicas: spec.replicas ?? 1 } },
    EndpointSpec: { Mode: spec.endpointMode ?? 'vip', Ports: ports },
  };
}

/** `docker service create`; resolves with the service id and the engine's warnings. */
export async function createService(client: EngineClient, spec: ServiceCreateSpec, labels: Labels) {
  const created = await engineCall(say(doing.creatingService, { name: spec.name }), () =>
    client.json<ServiceCreateAnswer>({ method: 'POST', path: '/services/create', body: serviceBody(spec, labels) }),
  );
  const warnings = [...(created.Warnings ?? []), ...(created.Warning ? [created.Warning] : [])];
  return { id: created.ID, warnings };
}

export function toService(raw: ServiceAnswer): ServiceInfo {
  const spec = raw.Spec ?? {};
  const template = spec.TaskTemplate as Dockerode.ContainerTaskSpec | undefined;
  const ports = raw.Endpoint?.Ports ?? spec.EndpointSpec?.Ports ?? [];
  return {
    id: raw.ID,
    name: spec.Name ?? '',
    image: template?.ContainerSpec?.Image ?? '',
    ...(spec.Mode?.Replicated ? { replicas: spec.Mode.Replicated.Replicas ?? 1 } : {}),
    endpointMode: spec.EndpointSpec?.Mode ?? 'vip',
    ports: ports.map(
      (p): PublishedPort => ({
        targetPort: p.TargetPort ?? 0,
        ...(p.PublishedPort ? { publishedPort: p.PublishedPort } : {}),
        ...(p.Protocol ? { protocol: p.Protocol } : {}),
        ...(p.PublishMode ? { publishMode: p.PublishMode } : {}),
      }),
    ),
    virtualIps: (raw.Endpoint?.VirtualIPs ?? []).map((v) => ({ networkId: v.NetworkID ?? '', addr: v.Addr ?? '' })),
    labels: spec.Labels ?? {},
    raw: raw as unknown as Record<string, unknown>,
  };
}

/** `docker service ls` for the services that carry every one of `labels`. */
export async function listServices(client: EngineClient, labels: Labels = {}): Promise<ServiceInfo[]> {
  const filters = JSON.stringify({ label: labelFilter(labels) });
  const list = await engineCall(doing.listingServices, () =>
    client.json<ServiceAnswer[]>({ method: 'GET', path: '/services', query: { filters } }),
  );
  return list.map(toService);
}

/** A service by exact name or id; undefined when there is none. */
export async function findService(client: EngineClient, nameOrId: string): Promise<ServiceInfo | undefined> {
  try {
    const raw = await client.json<ServiceAnswer>({ method: 'GET', path: enginePath`/services/${nameOrId}` });
    // The engine also matches id prefixes.
    return raw.Spec?.Name === nameOrId || raw.ID === nameOrId ? toService(raw) : undefined;
  } catch (error) {
    if (statusOf(error) === 404 || error instanceof EngineRefError) return undefined;
    return engineCall(say(doing.inspectingService, { name: nameOrId }), () => Promise.reject(error));
  }
}

export function removeService(client: EngineClient, id: string): Promise<void> {
  return engineCall(doing.removingService, () => client.json({ method: 'DELETE', path: enginePath`/services/${id}` }));
}

export interface TaskFilter {
  /** A service name or id. */
  service?: string;
  /** running, shutdown or accepted: `docker service ps` shows every task, including the history. */
  desiredState?: string;
}

export function toTask(raw: TaskAnswer): TaskInfo {
  return {
    id: raw.ID,
    serviceId: raw.ServiceID,
    ...(raw.Slot ? { slot: raw.Slot } : {}),
    nodeId: raw.NodeID ?? '',
    desiredState: raw.DesiredState ?? '',
    state: raw.Status?.State ?? '',
    message: raw.Status?.Message ?? '',
    error: raw.Status?.Err ?? '',
    containerId: raw.Status?.ContainerStatus?.ContainerID ?? '',
    addresses: (raw.NetworksAttachments ?? []).flatMap((attachment) =>
      (attachment.Addresses ?? []).map((address) => ({ network: attachment.Network?.Spec?.Name ?? '', address })),
    ),
  };
}

/** `docker service ps` (managers only). */
export async function listTasks(client: EngineClient, filter: TaskFilter = {}): Promise<TaskInfo[]> {
  const filters = JSON.stringify({
    ...(filter.service ? { service: [filter.service] } : {}),
    ...(filter.desiredState ? { 'desired-state': [filter.desiredState] } : {}),
  });
  const list = await engineCall(doing.listingTasks, () =>
    client.json<TaskAnswer[]>({ method: 'GET', path: '/tasks', query: { filters } }),
  );
  return list.map(toTask);
}
