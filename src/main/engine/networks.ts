/** Networks: create, inspect, list, connect, disconnect, remove. */
import type Dockerode from 'dockerode';
import { engineCall } from './errors';
import { apiRequest } from './request';
import { type Labels, labelFilter, type NetworkInfo } from './types';

interface RawNetwork {
  Id: string;
  Name: string;
  Driver: string;
  Labels?: Labels | null;
  IPAM?: { Config?: Array<{ Subnet?: string; Gateway?: string }> | null };
  Containers?: Record<string, { Name: string; IPv4Address: string }> | null;
}

function toInfo(raw: RawNetwork): NetworkInfo {
  const ipam = raw.IPAM?.Config?.[0];
  return {
    id: raw.Id,
    name: raw.Name,
    driver: raw.Driver,
    labels: raw.Labels ?? {},
    ...(ipam?.Subnet ? { subnet: ipam.Subnet } : {}),
    ...(ipam?.Gateway ? { gateway: ipam.Gateway } : {}),
    containers: Object.fromEntries(
      Object.entries(raw.Containers ?? {}).map(([id, c]) => [id, { name: c.Name, ipv4Address: c.IPv4Address }]),
    ),
    raw: raw as unknown as Record<string, unknown>,
  };
}

export async function createNetwork(docker: Dockerode, name: string, labels: Labels, driver = 'bridge') {
  const created = await engineCall(`creating network ${name}`, () =>
    apiRequest<{ Id: string; Warning?: string }>(docker, 'POST', '/networks/create', {
      body: { Name: name, Driver: driver, CheckDuplicate: true, Labels: labels },
    }),
  );
  return { id: created.Id, warnings: created.Warning ? [created.Warning] : [] };
}

/** Inspects a network by exact name or id; undefined when there is none. */
export async function findNetwork(docker: Dockerode, nameOrId: string): Promise<NetworkInfo | undefined> {
  try {
    const raw = await apiRequest<RawNetwork>(docker, 'GET', `/networks/${encodeURIComponent(nameOrId)}`);
    // The engine also matches id prefixes and partial names; the CLI's names are exact.
    return raw.Name === nameOrId || raw.Id === nameOrId ? toInfo(raw) : undefined;
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode === 404) return undefined;
    return engineCall(`inspecting network ${nameOrId}`, () => Promise.reject(error));
  }
}

/** `GET /networks` has no attached containers; each network is inspected for them. */
export async function listNetworks(docker: Dockerode, labels: Labels = {}): Promise<NetworkInfo[]> {
  const filters = JSON.stringify({ label: labelFilter(labels) });
  const list = await engineCall('listing networks', () =>
    apiRequest<RawNetwork[]>(docker, 'GET', '/networks', { query: { filters } }),
  );
  const inspected = await Promise.all(list.map((n) => findNetwork(docker, n.Id)));
  return inspected.filter((n): n is NetworkInfo => n !== undefined);
}

export function connectNetwork(
  docker: Dockerode,
  network: string,
  container: string,
  aliases: string[] = [],
): Promise<void> {
  return engineCall(`connecting ${container} to ${network}`, () =>
    apiRequest(docker, 'POST', `/networks/${encodeURIComponent(network)}/connect`, {
      body: { Container: container, EndpointConfig: aliases.length > 0 ? { Aliases: aliases } : {} },
    }),
  );
}

export function disconnectNetwork(docker: Dockerode, network: string, container: string, force = false): Promise<void> {
  return engineCall(`disconnecting ${container} from ${network}`, () =>
    apiRequest(docker, 'POST', `/networks/${encodeURIComponent(network)}/disconnect`, {
      body: { Container: container, Force: force },
    }),
  );
}

export function removeNetwork(docker: Dockerode, id: string): Promise<void> {
  return engineCall('removing the network', () => apiRequest(docker, 'DELETE', `/networks/${id}`));
}
