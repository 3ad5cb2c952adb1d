/**
 * An engine at an address the app itself knows (a playground node's published API port), with TLS
 * material held in memory: no DOCKER_HOST, no context, no files. The same Engine as openEngine's.
 */
import type { EngineEndpoint } from '@shared/engine';
import { say } from '@shared/messages';
import { formatEngineUrl, publishedHostOf } from './discovery/engine-url';
import type { EngineTarget } from './discovery/types';
import { Engine } from './engine';
import { toAppError } from './errors';
import { identifyEngine } from './identity';
import { doing } from './messages';
import { EngineClient } from './transport/client';

export interface EngineAtOptions {
  host: string;
  port: number;
  /** PEM text or bytes, as in a docker:dind node's /certs/client: ca.pem, cert.pem, key.pem. */
  tls?: { ca: string | Buffer; cert: string | Buffer; key: string | Buffer };
  /** How to name this engine in messages ("node1"); the address unless given. */
  label?: string;
  /** For identifying the engine (GET /version, /info). */
  timeoutMs?: number;
}

export function targetAt(address: EngineAtOptions): EngineTarget {
  const tcp = { kind: 'tcp' as const, host: address.host, port: address.port };
  const url = formatEngineUrl(tcp);
  const endpoint: EngineEndpoint = {
    // EndpointSource has no value for an address the app chose itself; it is configured, as DOCKER_HOST is.
    source: 'DOCKER_HOST',
    label: address.label ?? url,
    url,
    publishedHost: publishedHostOf(tcp),
  };
  const tls = address.tls && {
    ca: Buffer.from(address.tls.ca),
    cert: Buffer.from(address.tls.cert),
    key: Buffer.from(address.tls.key),
    verify: true,
  };
  return {
    endpoint,
    flavor: 'remote',
    transport: { kind: 'tcp', host: address.host, port: address.port, ...(tls ? { tls } : {}) },
  };
}

/** Connects to the engine at `address` and identifies it; rejects with an AppError when it does not answer. */
export async function openEngineAt(address: EngineAtOptions): Promise<Engine> {
  const target = targetAt(address);
  const client = new EngineClient(target);
  try {
    const identity = await identifyEngine(client, address.timeoutMs);
    return new Engine(client, target.endpoint, identity);
  } catch (error) {
    client.close();
    throw toAppError(error, say(doing.connectingTo, { label: target.endpoint.label }));
  }
}
