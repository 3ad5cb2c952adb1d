/** A plain Engine API request: query and JSON body kept apart (dockerode would put the body in the query too). */
import type Dockerode from 'dockerode';

export interface RequestOptions {
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  /** Status codes that count as success; defaults to 200, 201, 204 and 304. */
  ok?: number[];
}

export function apiRequest<T>(
  docker: Dockerode,
  method: string,
  path: string,
  options: RequestOptions = {},
): Promise<T> {
  const query = Object.fromEntries(Object.entries(options.query ?? {}).filter(([, v]) => v !== undefined));
  const statusCodes: Record<number, boolean> = {};
  for (const code of options.ok ?? [200, 201, 204, 304]) statusCodes[code] = true;
  const dial = {
    path: `${path}?`,
    method,
    statusCodes,
    allowEmpty: true,
    options: { _query: query, _body: options.body ?? {} },
  };
  return new Promise<T>((resolve, reject) => {
    (docker.modem as unknown as { dial: (o: unknown, cb: (e: unknown, d: T) => void) => void }).dial(
      dial,
      (error, data) => (error ? reject(error) : resolve(data)),
    );
  });
}

/** Like apiRequest, but resolves as soon as the response headers arrive, with the body as a stream. */
export function apiStream(
  docker: Dockerode,
  method: string,
  path: string,
  options: RequestOptions = {},
): Promise<NodeJS.ReadableStream> {
  const query = Object.fromEntries(Object.entries(options.query ?? {}).filter(([, v]) => v !== undefined));
  const dial = {
    path: `${path}?`,
    method,
    isStream: true,
    statusCodes: { 200: true },
    options: { _query: query, _body: options.body ?? {} },
  };
  return new Promise((resolve, reject) => {
    (
      docker.modem as unknown as { dial: (o: unknown, cb: (e: unknown, d: NodeJS.ReadableStream) => void) => void }
    ).dial(dial, (error, data) => (error ? reject(error) : resolve(data)));
  });
}
