/** Networks: create, inspect, list, connect, disconnect, remove. */

import { say } from '@shared/messages';
import type { NetworkCreateAnswer, NetworkInspectAnswer } from './api-types';
import { engineCall, statusOf } from './errors';
import { doing } from './messages';
import type { EngineClient } from './transport/client';
import { EngineRefError } from './transport/errors';
import { enginePath } from './transport/path';
import { type Labels, labelFilter, type NetworkInfo } from './types';

function toInfo(raw: NetworkInspectAnswer): NetworkInfo {
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

export interface NetworkOptions {
  /** Overlay networks only: standalone containers may join, not only swarm services. */
  attachable?: boolean;
}

export async function createNetwork(
  client: EngineClient,
  name: string,
  labels: Labels,
  driver = 'bridge',
  options: NetworkOptions = {},
) {
  const created = await engineCall(say(doing.creatingNetwork, { name }), () =>
    client.json<NetworkCreateAnswer>({
      method: 'POST',
      path: '/networks/create',
      body: {
        Name: name,
        Driver: driver,
        CheckDuplicate: true,
        Labels: labels,
        Attachable: options.attachable ?? false,
      },
    }),
  );
  return { id: created.Id, warnings: created.Warning ? [created.Warning] : [] };
}

/** Inspects a network by exact name or id; undefined when there is none. */
export async function findNetwork(client: EngineClient, nameOrId: string): Promise<NetworkInfo | undefined> {
  try {
    const raw = await client.json<NetworkInspectAnswer>({ method: 'GET', path: enginePath`/networks/${nameOrId}` });
    // The engine also matches id prefixes and partial names; the CLI's names are exact.
    return raw.Name === nameOrId || raw.Id === nameOrId ? toInfo(raw) : undefined;
  } catch (error) {
    if (statusOf(error) === 404 || error instanceof EngineRefError) return undefined;
    return engineCall(say(doing.inspectingNetwork, { name: nameOrId }), () => Promise.reject(error));
  }
}

/** `GET /networks` has no attached containers; each network is inspected for them. */
export async function listNetworks(client: EngineClient, labels: Labels = {}): Promise<NetworkInfo[]> {
  const filters = JSON.stringify({ label: labelFilter(labels) });
  const list = await engineCall(doing.listingNetworks, () =>
    client.json<NetworkInspectAnswer[]>({ method: 'GET', path: '/networks', query: { filters } }),
  );
  const inspected = await Promise.all(list.map((n) => findNetwork(client, n.Id)));
  return inspected.filter((n): n is NetworkInfo => n !== undefined);
}

export function connectNetwork(
  client: EngineClient,
  network: string,
  container: string,
  aliases: string[] = [],
): Promise<void> {
  return engineCall(say(doing.connecting, { container, network }), () =>
    client.json({
      method: 'POST',
      path: enginePath`/networks/${network}/connect`,
      body: { Container: container, EndpointConfig: aliases.length > 0 ? { Aliases: aliases } : {} },
    }),
  );
}

export function disconnectNetwork(
  client: EngineClient,
  network: string,
  container: string,
  force = false,
): Promise<void> {
  return engineCall(say(doing.disconnecting, { container, network }), () =>
    client.json({
      method: 'POST',
      path: enginePath`/networks/${network}/disconnect`,
      body: { Container: container, Force: force },
    }),
  );
}

export function removeNetwork(client: EngineClient, id: string): Promise<void> {
  return engineCall(doing.removingNetwork, () => client.json({ method: 'DELETE', path: enginePath`/networks/${id}` }));
}
