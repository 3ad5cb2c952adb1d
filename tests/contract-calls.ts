/** Talking to the contract as a renderer does, through the router: shared by the unit, engine and fault tests. */
import { openConnection } from '../src/main/api/router';
import type { AppServices } from '../src/main/api/services';
import type { ServerMessage } from '../src/shared/contract';

/** Sends one raw message through a fresh connection and returns the first reply. */
export function exchange(services: AppServices, raw: unknown): Promise<ServerMessage> {
  return new Promise((resolve) => {
    const connection = openConnection(services, (message) => {
      connection.close();
      resolve(message);
    });
    connection.receive(raw);
  });
}

/** One client (a page) that stays connected: requests answered by id. */
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

/** One request through a connection of its own, closed after the reply. */
export async function callOnce(services: AppServices, op: string, input: unknown): Promise<ServerMessage> {
  const page = client(services);
  try {
    return await page.call(op, input);
  } finally {
    page.close();
  }
}

/** The result of a request that must succeed. */
export function resultOf<T>(reply: ServerMessage): T {
  if (reply.t !== 'res' || !('result' in reply)) throw new Error(`the request failed: ${JSON.stringify(reply)}`);
  return reply.result as T;
}
