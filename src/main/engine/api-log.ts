/**
 * "Under the hood": every Engine API request made while a lesson action runs is recorded, so the
 * learner can see which calls a docker command stands for. Calls are collected per async context;
 * the transport (transport/client.ts) reports each request it sends.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { ApiCall } from '@shared/results';

const current = new AsyncLocalStorage<ApiCall[]>();

/** Adds a request to the log of the context that made it (if any is collecting). */
export function recordApiCall(call: ApiCall): void {
  current.getStore()?.push(call);
}

/** Runs `work`, appending the Engine API calls it makes to `into` (kept even when `work` fails). */
export function collectApiCalls<T>(into: ApiCall[], work: () => Promise<T>): Promise<T> {
  return current.run(into, work);
}
