/** Real app services whose engine is a socket where nothing listens: every engine call fails clearly. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { type AppServices, createServices } from '../../../src/main/api/services';

/** Creates them before the file's tests and disposes of them after; call the result inside tests. */
export function offlineServicesForThisFile(): () => AppServices {
  let dir = '';
  let services: AppServices | undefined;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ct-offline-'));
    services = await createServices({
      dataDir: dir,
      discovery: { env: { DOCKER_HOST: `unix://${dir}/nothing.sock` }, timeoutMs: 300 },
    });
  });
  afterAll(async () => {
    await services?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    if (!services) throw new Error('services are created in beforeAll');
    return services;
  };
}
