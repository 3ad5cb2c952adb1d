/** Driving the contract as renderers do (the router, over one connection per client), for the fault suite. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openConnection } from '../../src/main/api/router';
import { type AppServices, createServices } from '../../src/main/api/services';
import type { ServerMessage } from '../../src/shared/contract';
import { privateDockerHost } from '../engine/support';

export function servicesOnPrivateEngine(): Promise<AppServices> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ct-faults-'));
  return createServices({ dataDir, discovery: { env: { DOCKER_HOST: privateDockerHost() } } });
}

/** One client (a page): requests answered by id. */
export function client(services: AppServices) {
  let nextId = 1;
  const waiting = new Map<number, (message: ServerMessage) => void>();
  const connection = openConnection(services, (message) => {
    if (message.t === 'res') waiting.get(message.id)?.(message);
  });
  return {
    call(op: string, input: unknown): Promise<ServerMessage> {
      const id = nextId++;
      return new Promise((resolve) => {
        waiting.set(id, resolve);
        connection.receive({ t: 'req', id, op, input });
      });
    },
    close: () => connection.close(),
  };
}

/** The result of a request that must succeed. */
export function resultOf<T>(reply: ServerMessage): T {
  if (reply.t !== 'res' || !('result' in reply)) throw new Error(`the request failed: ${JSON.stringify(reply)}`);
  return reply.result as T;
}
