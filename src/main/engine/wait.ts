/** Waiting for a container to exit, registered before it starts, as the docker CLI does. */
import { engineCall } from './errors';
import { doing } from './messages';
import type { EngineClient } from './transport/client';
import { enginePath } from './transport/path';

export type WaitCondition = 'next-exit' | 'removed' | 'not-running';

/**
 * Resolves once the engine has registered the wait (it flushes the response headers then), with a
 * promise of the exit code (wrapped, since a promise of a promise would be flattened). Starting the
 * container only after that cannot miss a quick exit.
 */
export async function registerWait(
  client: EngineClient,
  id: string,
  condition: WaitCondition,
): Promise<{ exited: Promise<number> }> {
  const stream = await engineCall(doing.waitingForContainer, () =>
    client.stream({ method: 'POST', path: enginePath`/containers/${id}/wait`, query: { condition } }),
  );
  const exited = new Promise<number>((resolve, reject) => {
    let body = '';
    stream.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    stream.on('error', reject);
    stream.on('end', () => {
      try {
        const parsed = JSON.parse(body) as { StatusCode: number; Error?: { Message?: string } | null };
        if (parsed.Error?.Message) reject(new Error(parsed.Error.Message));
        else resolve(parsed.StatusCode);
      } catch {
        reject(new Error(`unexpected answer while waiting for the container: ${body.slice(0, 200)}`));
      }
    });
  });
  exited.catch(() => undefined); // callers await it later; never an unhandled rejection meanwhile
  return { exited };
}
