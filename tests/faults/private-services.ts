/** The app's services on the private test engine, with a data folder of their own, for the fault suite. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type AppServices, createServices } from '../../src/main/api/services';
import { privateDockerHost } from '../engine/support';

export function servicesOnPrivateEngine(): Promise<AppServices> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ct-faults-'));
  return createServices({ dataDir, discovery: { env: { DOCKER_HOST: privateDockerHost() } } });
}
