/** Starting browser mode and the bare reference server, timed from spawn to the URL they print. */
import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './context';
import { type Started, spawnUntil } from './proc';

export const APP_URL = /(http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/;
const REFERENCE_URL = /(http:\/\/127\.0\.0\.1:\d+\/)/;

/** `node out/main/web.js` with a fresh data folder; `env` on top of the bench's (DOCKER_HOST). */
export function startApp(env: NodeJS.ProcessEnv = {}): Promise<Started> {
  const data = mkdtempSync(join(tmpdir(), 'ct-bench-data-'));
  return spawnUntil(process.execPath, ['out/main/web.js'], APP_URL, {
    cwd: repoRoot,
    env: { ...process.env, CONTAINER_TALK_DATA: data, ...env },
  });
}

/** bench/reference/http-server.mjs serving `page`. */
export function startReference(page?: string): Promise<Started> {
  return spawnUntil(process.execPath, ['bench/reference/http-server.mjs'], REFERENCE_URL, {
    cwd: repoRoot,
    env: { ...process.env, ...(page === undefined ? {} : { BENCH_PAGE: page }) },
  });
}

/** An "engine" on 127.0.0.1 that accepts connections and never answers. */
export async function silentEngine(): Promise<{ host: string; close(): void }> {
  const held: Array<{ destroy(): void }> = [];
  const server: Server = createServer((socket) => held.push(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no address for the silent engine');
  return {
    host: `tcp://127.0.0.1:${address.port}`,
    close: () => {
      for (const socket of held) socket.destroy();
      server.close();
    },
  };
}
