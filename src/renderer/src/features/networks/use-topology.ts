/**
 * The networks stream, subscribed once however many views read it (the panel, Try it yourself):
 * opened for the first reader, closed after the last. Each snapshot keeps the objects of the one
 * before that did not change (stable-topology.ts).
 */
import type { Topology } from '@shared/contract';
import { useSyncExternalStore } from 'react';
import { type ApiError, api } from '../../api/client';
import type { StreamState } from '../../api/hooks';
import { stableTopology } from './stable-topology';

interface Shared {
  latest?: Topology;
  waiting?: ApiError;
  failed?: ApiError;
}

let shared: Shared = {};
const readers = new Set<() => void>();
let unsubscribe: (() => void) | undefined;

function update(change: Shared): void {
  shared = { ...shared, ...change };
  for (const reader of [...readers]) reader();
}

function open(): void {
  unsubscribe = api.subscribe(
    'networks',
    {},
    {
      event: (topology) => update({ latest: stableTopology(shared.latest, topology) }),
      waiting: (waiting) => update({ waiting }),
      end: (failed) => update({ failed }),
    },
  );
}

function subscribe(reader: () => void): () => void {
  readers.add(reader);
  if (readers.size === 1) open();
  return () => {
    readers.delete(reader);
    if (readers.size > 0) return;
    unsubscribe?.();
    unsubscribe = undefined;
    shared = {};
  };
}

/** Subscribes again (after `failed`). */
function reconnect(): void {
  unsubscribe?.();
  update({ waiting: undefined, failed: undefined });
  open();
}

const current = () => shared;

/** The latest topology and how the networks stream stands, like useLatest('networks'). */
export function useTopology(): StreamState & { latest?: Topology } {
  return { ...useSyncExternalStore(subscribe, current), reconnect };
}
