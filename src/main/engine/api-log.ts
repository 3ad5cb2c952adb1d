/**
 * "Under the hood": every Engine API request made while a lesson action runs is recorded, so the
 * learner can see which calls a docker command stands for. Calls are collected per async context.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { ApiCall } from '@shared/results';
import type Dockerode from 'dockerode';

const current = new AsyncLocalStorage<ApiCall[]>();

interface DialOptions {
  method: string;
  path: string;
  options?: Record<string, unknown> & { _query?: Record<string, unknown>; _body?: unknown };
  file?: unknown;
}

function toApiCall(dial: DialOptions): ApiCall {
  const [path = dial.path] = dial.path.split('?');
  const opts = dial.options;
  const call: ApiCall = { method: dial.method, path };
  const query = opts?._query ?? (dial.path.includes('?') && dial.method !== 'POST' ? opts : undefined);
  if (query && Object.keys(query).length > 0) call.query = { ...query };
  if (dial.method === 'POST' && opts && !dial.file) {
    const body = opts._body ?? opts;
    if (body && typeof body === 'object' && Object.keys(body).length > 0) call.body = body;
  }
  return call;
}

/** Wraps the client's transport once so each request lands in the log of the context that made it. */
export function recordApiCalls(docker: Dockerode): void {
  const modem = docker.modem as unknown as { dial: (o: DialOptions, cb: unknown) => unknown; __recorded?: boolean };
  if (modem.__recorded) return;
  const dial = modem.dial.bind(modem);
  modem.dial = (options, callback) => {
    current.getStore()?.push(toApiCall(options));
    return dial(options, callback);
  };
  modem.__recorded = true;
}

/** Runs `work`, appending the Engine API calls it makes to `into` (kept even when `work` fails). */
export function collectApiCalls<T>(into: ApiCall[], work: () => Promise<T>): Promise<T> {
  return current.run(into, work);
}
