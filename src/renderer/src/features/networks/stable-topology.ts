/**
 * A new snapshot keeps the objects of the one before that did not change (each network, container and
 * playground node, compared by value), so the views memoized on them skip all but what changed.
 */
import type { Topology } from '@shared/contract';

function keepSame<T>(before: readonly T[] | undefined, after: T[], key: (item: T) => string): T[] {
  const old = new Map((before ?? []).map((item) => [`${key(item)}\n${JSON.stringify(item)}`, item]));
  return after.map((item) => old.get(`${key(item)}\n${JSON.stringify(item)}`) ?? item);
}

const byId = (item: { id: string }) => item.id;
const byName = (item: { name: string }) => item.name;

export function stableTopology(before: Topology | undefined, after: Topology): Topology {
  const stable: Topology = {
    networks: keepSame(before?.networks, after.networks, byId),
    containers: keepSame(before?.containers, after.containers, byId),
  };
  if (after.nodes) stable.nodes = keepSame(before?.nodes, after.nodes, byName);
  return stable;
}
