/** Containers: create, start, stop, inspect, list, remove, exec. */
import { Readable } from 'node:stream';
import { AppError } from '@shared/errors';
import { say } from '@shared/messages';
import type { OutputChunk } from '@shared/results';
import type {
  ContainerCreateAnswer,
  ContainerInspectAnswer,
  ContainerListAnswer,
  EndpointAnswer,
  ExecCreateAnswer,
  ExecInspectAnswer,
} from './api-types';
import { demuxText, textOf } from './demux';
import { engineCall, statusOf } from './errors';
import { doing, engineErrors } from './messages';
import type { EngineClient } from './transport/client';
import { EngineRefError } from './transport/errors';
import { enginePath } from './transport/path';
import {
  type ContainerCreateBody,
  type ContainerInfo,
  type ContainerNetwork,
  type ContainerSummary,
  type ExecResult,
  type Labels,
  labelFilter,
} from './types';

function toNetwork(raw: EndpointAnswer): ContainerNetwork {
  return {
    ipAddress: raw.IPAddress ?? '',
    gateway: raw.Gateway ?? '',
    aliases: raw.Aliases ?? [],
    links: raw.Links ?? [],
    dnsNames: raw.DNSNames ?? [],
  };
}

function toInfo(raw: ContainerInspectAnswer): ContainerInfo {
  const networks = Object.fromEntries(
    Object.entries(raw.NetworkSettings.Networks ?? {}).map(([name, n]) => [name, toNetwork(n)]),
  );
  const ports = Object.fromEntries(
    Object.entries(raw.NetworkSettings.Ports ?? {}).map(([port, bindings]) => [
      port,
      (bindings ?? []).map((b) => ({ hostIp: b.HostIp, hostPort: b.HostPort })),
    ]),
  );
  return {
    id: raw.Id,
    name: raw.Name.replace(/^\//, ''),
    image: raw.Config.Image,
    running: raw.State.Running,
    exitCode: raw.State.ExitCode,
    labels: raw.Config.Labels ?? {},
    networks,
    ports,
    raw: raw as unknown as Record<string, unknown>,
  };
}

/** The image a container would be created from is not on the engine (the create endpoint's only 404). */
export class MissingImageError extends AppError {
  constructor(
    readonly image: string,
    cause: unknown,
  ) {
    super('NOT_FOUND', say(engineErrors.noSuchImage, { image }), { statusCode: 404, cause });
    this.name = 'MissingImageError';
  }
}

export async function createContainer(client: EngineClient, body: ContainerCreateBody, name?: string) {
  const request = { method: 'POST' as const, path: '/containers/create', query: { name }, body };
  const created = await engineCall(doing.creatingContainer, () =>
    client.json<ContainerCreateAnswer>(request).catch((error: unknown) => {
      throw statusOf(error) === 404 ? new MissingImageError(body.Image, error) : error;
    }),
  );
  return { id: created.Id, warnings: created.Warnings ?? [] };
}

export function startContainer(client: EngineClient, id: string): Promise<void> {
  return engineCall(doing.startingContainer, () =>
    client.json({ method: 'POST', path: enginePath`/containers/${id}/start` }),
  );
}

/** Seconds a stopped container gets between SIGTERM and SIGKILL, as `docker stop` gives. */
const STOP_GRACE_S = 10;

/** `docker stop`: the container keeps its filesystem, name and labels (a stopped one answers 304: no failure). */
export function stopContainer(client: EngineClient, id: string): Promise<void> {
  return engineCall(doing.stoppingContainer, () =>
    client.json({
      method: 'POST',
      path: enginePath`/containers/${id}/stop`,
      query: { t: STOP_GRACE_S },
      timeoutMs: (STOP_GRACE_S + 20) * 1000,
    }),
  );
}

/** Inspects a container by name or id; undefined when there is none (or the name cannot be one). */
export async function findContainer(client: EngineClient, nameOrId: string): Promise<ContainerInfo | undefined> {
  try {
    return toInfo(
      await client.json<ContainerInspectAnswer>({ method: 'GET', path: enginePath`/containers/${nameOrId}/json` }),
    );
  } catch (error) {
    if (statusOf(error) === 404 || error instanceof EngineRefError) return undefined;
    return engineCall(say(doing.inspectingContainer, { name: nameOrId }), () => Promise.reject(error));
  }
}

export async function inspectContainer(client: EngineClient, nameOrId: string): Promise<ContainerInfo> {
  const info = await findContainer(client, nameOrId);
  if (!info) throw new AppError('NOT_FOUND', say(engineErrors.noSuchContainer, { name: nameOrId }));
  return info;
}

/**
 * A container's own name from a listing's Names, which also holds the paths other containers link to
 * it by (`/app/redis` for redis-server linked as redis): the own name is the one without an inner slash.
 */
function ownName(names: string[]): string {
  const own = names.find((name) => !name.slice(1).includes('/')) ?? names[0] ?? '';
  return own.replace(/^\//, '');
}

/** Containers (running or not) that carry every one of `labels`. */
export async function listContainers(client: EngineClient, labels: Labels = {}): Promise<ContainerSummary[]> {
  const filters = JSON.stringify({ label: labelFilter(labels) });
  const list = await engineCall(doing.listingContainers, () =>
    client.json<ContainerListAnswer[]>({ method: 'GET', path: '/containers/json', query: { all: true, filters } }),
  );
  return list.map((c) => ({
    id: c.Id,
    name: ownName(c.Names),
    image: c.Image,
    state: c.State,
    labels: c.Labels ?? {},
    publicPorts: c.Ports.flatMap((p) => (p.PublicPort ? [p.PublicPort] : [])),
  }));
}

export function removeContainer(client: EngineClient, id: string): Promise<void> {
  return engineCall(doing.removingContainer, () =>
    client.json({ method: 'DELETE', path: enginePath`/containers/${id}`, query: { force: true, v: true } }),
  );
}

/** Runs a command in a running container and collects its output (used by checks, e.g. redis-cli GET). */
export async function execInContainer(client: EngineClient, id: string, cmd: string[]): Promise<ExecResult> {
  return engineCall(say(doing.runningIn, { command: cmd.join(' ') }), async () => {
    const exec = await client.json<ExecCreateAnswer>({
      method: 'POST',
      path: enginePath`/containers/${id}/exec`,
      body: { Cmd: cmd, AttachStdout: true, AttachStderr: true },
    });
    const stream = await client.stream({
      method: 'POST',
      path: enginePath`/exec/${exec.Id}/start`,
      body: { Detach: false, Tty: false },
    });
    const chunks: OutputChunk[] = [];
    await demuxText(stream, (chunk) => chunks.push(chunk));
    const inspected = await client.json<ExecInspectAnswer>({
      method: 'GET',
      path: enginePath`/exec/${exec.Id}/json`,
    });
    return { exitCode: inspected.ExitCode ?? -1, stdout: textOf(chunks, 'stdout'), stderr: textOf(chunks, 'stderr') };
  });
}

/** The last `tail` lines a container logged, as text (stdout and stderr interleaved). */
export async function containerLogs(client: EngineClient, id: string, tail = 200): Promise<OutputChunk[]> {
  return engineCall(doing.readingLogs, async () => {
    const body = await client.bytes({
      method: 'GET',
      path: enginePath`/containers/${id}/logs`,
      query: { follow: false, stdout: true, stderr: true, tail },
    });
    const chunks: OutputChunk[] = [];
    await demuxText(Readable.from([body]), (chunk) => chunks.push(chunk));
    return chunks;
  });
}
