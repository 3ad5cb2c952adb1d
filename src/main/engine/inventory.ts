/** Every container the engine has, inspected: what the networks diagram draws (not only the app's). */
import { findContainer, listContainers } from './containers';
import type { EngineClient } from './transport/client';
import type { ContainerInfo } from './types';

export interface LegacyLink {
  /** The linked container's name. */
  target: string;
  alias: string;
}

export interface ContainerDetail extends ContainerInfo {
  /** `--link` on the default bridge (HostConfig.Links). */
  legacyLinks: LegacyLink[];
}

/** The engine reports `--link redis-server:redis` of container x as "/redis-server:/x/redis". */
export function parseLegacyLink(link: string): LegacyLink | undefined {
  const [target, path] = link.split(':');
  if (!target || !path) return undefined;
  return { target: target.replace(/^\//, ''), alias: path.slice(path.lastIndexOf('/') + 1) };
}

function legacyLinks(raw: Record<string, unknown>): LegacyLink[] {
  const links = (raw.HostConfig as { Links?: string[] | null } | undefined)?.Links ?? [];
  return links.map(parseLegacyLink).filter((link): link is LegacyLink => link !== undefined);
}

/** One container, inspected with its legacy links; undefined when there is none (it was removed). */
export async function findContainerDetail(client: EngineClient, id: string): Promise<ContainerDetail | undefined> {
  const info = await findContainer(client, id);
  return info && { ...info, legacyLinks: legacyLinks(info.raw) };
}

/** All containers, running or not; one removed between the listing and its inspection is left out. */
export async function inspectAllContainers(client: EngineClient): Promise<ContainerDetail[]> {
  const list = await listContainers(client);
  const inspected = await Promise.all(list.map((c) => findContainerDetail(client, c.id)));
  return inspected.filter((detail): detail is ContainerDetail => detail !== undefined);
}
