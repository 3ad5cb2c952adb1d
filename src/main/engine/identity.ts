/** Which engine answered: GET /version (+ /info, + /libpod/_ping) → EngineIdentity. Nothing here is assumed. */
import type { EngineIdentity, EngineProduct } from '@shared/engine';
import type { EngineClient } from './transport/client';

export class NotAnEngineError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotAnEngineError';
  }
}

type Json = Record<string, unknown>;

const record = (value: unknown): Json | undefined =>
  typeof value === 'object' && value !== null && !Buffer.isBuffer(value) ? (value as Json) : undefined;
const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

const isOk = (data: unknown): boolean =>
  (Buffer.isBuffer(data) ? data.toString('utf8') : typeof data === 'string' ? data : '').trim() === 'OK';

/** Asks the engine who it is. Rejects (NotAnEngineError, or the transport error) when /version is not usable. */
export async function identifyEngine(client: EngineClient, timeoutMs = 3000): Promise<EngineIdentity> {
  const get = (path: string) => client.json<unknown>({ method: 'GET', path, timeoutMs, ok: [200] });
  const version = await get('/version');
  const [info, libpod] = await Promise.all([
    get('/info').catch(() => undefined),
    get('/libpod/_ping').then(isOk, () => false),
  ]);
  return identityFrom(version, info, libpod);
}

function componentNames(version: Json): string[] {
  const components = Array.isArray(version.Components) ? version.Components : [];
  return components.map((c) => text(record(c)?.Name)).filter((n): n is string => n !== undefined);
}

/** Podman answers /libpod/_ping or names its "Podman Engine" component; Docker Desktop says so in /info or /version. */
export function productOf(version: Json, info: Json | undefined, libpodOk: boolean): EngineProduct {
  const names = componentNames(version);
  if (libpodOk || names.some((n) => /podman/i.test(n))) return 'podman';
  const os = text(info?.OperatingSystem) ?? '';
  const platform = text(record(version.Platform)?.Name) ?? '';
  if (/docker desktop/i.test(os) || /docker desktop/i.test(platform) || names.some((n) => /docker desktop/i.test(n))) {
    return 'docker-desktop';
  }
  return 'docker-engine';
}

/** Pure: builds the identity from the JSON the engine returned. */
export function identityFrom(versionJson: unknown, infoJson: unknown, libpodOk: boolean): EngineIdentity {
  const version = record(versionJson);
  const apiVersion = text(version?.ApiVersion);
  const engineVersion = text(version?.Version);
  if (!version || !apiVersion || !engineVersion) {
    throw new NotAnEngineError('GET /version did not return an Engine API version document (no Version/ApiVersion)');
  }
  const info = record(infoJson);
  const identity: EngineIdentity = {
    product: productOf(version, info, libpodOk),
    version: engineVersion,
    apiVersion,
    os: text(version.Os) ?? text(info?.OSType) ?? 'unknown',
    arch: text(version.Arch) ?? text(info?.Architecture) ?? 'unknown',
  };
  const minApiVersion = text(version.MinAPIVersion);
  const kernelVersion = text(version.KernelVersion) ?? text(info?.KernelVersion);
  const operatingSystem = text(info?.OperatingSystem);
  if (minApiVersion) identity.minApiVersion = minApiVersion;
  if (kernelVersion) identity.kernelVersion = kernelVersion;
  if (operatingSystem) identity.operatingSystem = operatingSystem;
  return identity;
}
