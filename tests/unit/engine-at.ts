/** An engine client, or an Engine, on a unix socket served by a test (recorded or fake Engine API answers). */
import type { EngineIdentity } from '@shared/engine';
import { Engine } from '../../src/main/engine/engine';
import { EngineClient } from '../../src/main/engine/transport/client';

const endpointAt = (socketPath: string, label: string) => ({
  source: 'socket' as const,
  label,
  url: `unix://${socketPath}`,
  publishedHost: 'localhost',
});

export function clientAt(socketPath: string, label = 'test'): EngineClient {
  const endpoint = endpointAt(socketPath, label);
  return new EngineClient({ endpoint, flavor: 'custom', transport: { kind: 'unix', path: socketPath } });
}

export function engineAt(socketPath: string, identity: EngineIdentity, label = 'recorded'): Engine {
  return new Engine(clientAt(socketPath, label), endpointAt(socketPath, label), identity);
}
