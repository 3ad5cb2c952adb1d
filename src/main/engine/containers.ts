import { Readable } from 'node:stream';
/** Containers: create, start, inspect, list, remove, exec. */
import type { OutputChunk } from '@shared/results';
import type Dockerode from 'dockerode';
import { demuxText, textOf } from './demux';
import { engineCall } from './errors';
import { apiRequest } from './request';
import {
  type ContainerCreateBody,
  type ContainerInfo,
  type ContainerNetwork,
  type ContainerSummary,
  type ExecResult,
  type Labels,
  labelFilter,
} from './types';

interface RawNetwork {
  IPAddress?: string;
  Gateway?: string;
  Aliases?: string[] | null;
  Links?: string[] | null;
  DNSNames?: string[] | null;
}

interface RawInspect {
  Id: string;
  Name: string;
  Config: { Image: string; Labels?: Labels | null };
  State: { Running: boolean; ExitCode: number };
  NetworkSettings: {
    Networks?: Record<string, RawNetwork> | null;
    Ports?: Record<string, Array<{ HostIp: string; HostPort: string }> | null> | null;
  };
}

function toNetwork(raw: RawNetwork): ContainerNetwork {
  return {
    ipAddress: raw.IPAddress ?? '',
    gateway: raw.Gateway ?? '',
    aliases: raw.Aliases ?? [],
    links: raw.Links ?? [],
    dnsNames: raw.DNSNames ?? [],
  };
}

function toInfo(raw: RawInspect): ContainerInfo {
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

export async function createContainer(docker: Dockerode, body: ContainerCreateBody, name?: string) {
  const created = await engineCall('creating the container', () =>
    apiRequest<{ Id: string; Warnings?: string[] | null }>(docker, 'POST', '/containers/create', {
      query: { name },
      body,
    }),
  );
  return { id: created.Id, warnings: created.Warnings ?? [] };
}

export function startContainer(docker: Dockerode, id: string): Promise<void> {
  return engineCall('starting the container', () => apiRequest(docker, 'POST', `/containers/${id}/start`));
}

/** Inspects a container by name or id; undefined when there is none. */
export async function findContainer(docker: Dockerode, nameOrId: string): Promise<ContainerInfo | undefined> {
  try {
    return toInfo(await apiRequest<RawInspect>(docker, 'GET', `/containers/${encodeURIComponent(nameOrId)}/json`));
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode === 404) return undefined;
    return engineCall(`inspecting container ${nameOrId}`, () => Promise.reject(error));
  }
}

export async function inspectContainer(docker: Dockerode, nameOrId: string): Promise<ContainerInfo> {
  const info = await findContainer(docker, nameOrId);
  if (!info)
    return engineCall(`inspecting container ${nameOrId}`, () =>
      Promise.reject({ statusCode: 404, message: `no such container: ${nameOrId}` }),
    );
  return info;
}

/** Containers (running or not) that carry every one of `labels`. */
export async function listContainers(docker: Dockerode, labels: Labels = {}): Promise<ContainerSummary[]> {
  const filters = JSON.stringify({ label: labelFilter(labels) });
  const list = await engineCall('listing containers', () =>
    apiRequest<
      Array<{
        Id: string;
        Names: string[];
        Image: string;
        State: string;
        Labels: Labels | null;
        Ports: Array<{ PublicPort?: number }>;
      }>
    >(docker, 'GET', '/containers/json', { query: { all: true, filters } }),
  );
  return list.map((c) => ({
    id: c.Id,
    name: (c.Names[0] ?? '').replace(/^\//, ''),
    image: c.Image,
    state: c.State,
    labels: c.Labels ?? {},
    publicPorts: c.Ports.flatMap((p) => (p.PublicPort ? [p.PublicPort] : [])),
  }));
}

export function removeContainer(docker: Dockerode, id: string): Promise<void> {
  return engineCall('removing the container', () =>
    apiRequest(docker, 'DELETE', `/containers/${id}`, { query: { force: true, v: true } }),
  );
}

/** Runs a command in a running container and collects its output (used by checks, e.g. redis-cli GET). */
export async function execInContainer(docker: Dockerode, id: string, cmd: string[]): Promise<ExecResult> {
  return engineCall(`running ${cmd.join(' ')} in the container`, async () => {
    const exec = await docker.getContainer(id).exec({ Cmd: cmd, AttachStdout: true, AttachStderr: true });
    const stream = await exec.start({ hijack: true, stdin: false });
    const chunks: OutputChunk[] = [];
    await demuxText(stream, (chunk) => chunks.push(chunk));
    const inspected = await exec.inspect();
    return { exitCode: inspected.ExitCode ?? -1, stdout: textOf(chunks, 'stdout'), stderr: textOf(chunks, 'stderr') };
  });
}

/** The last `tail` lines a container logged, as text (stdout and stderr interleaved). */
export async function containerLogs(docker: Dockerode, id: string, tail = 200): Promise<OutputChunk[]> {
  return engineCall('reading the container logs', async () => {
    const buffer = await docker.getContainer(id).logs({ follow: false, stdout: true, stderr: true, tail });
    const chunks: OutputChunk[] = [];
    await demuxText(Readable.from([buffer]), (chunk) => chunks.push(chunk));
    return chunks;
  });
}
