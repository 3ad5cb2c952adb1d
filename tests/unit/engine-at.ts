/** An Engine on a unix socket served by a test (recorded or fake Engine API answers). */
import type { EngineIdentity } from '@shared/engine';
import { Engine } from '../../src/main/engine/engine';
import { EngineClient } from '../../src/main/engine/transport/client';

export function engineAt(socketPath: string, identity: EngineIdentity, label = 'recorded'): Engine {
  const endpoint = { source: 'socket' as const, label, url: `unix://${socketPath}`, publishedHost: 'localhost' };
  const client = new EngineClient({ endpoint, flavor: 'custom', transport: { kind: 'unix', path: socketPath } });
  return new Engine(client, endpoint, identity);
}
