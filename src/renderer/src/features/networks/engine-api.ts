/** What the engine's API version tells the networks panel. */
import type { EngineStatus } from '@shared/contract';

/** `1.44` ≥ `1.9`: compared part by part, as numbers. */
export function apiAtLeast(version: string, least: string): boolean {
  const [a, b] = [version, least].map((text) => text.split('.').map((part) => Number.parseInt(part, 10) || 0));
  for (let i = 0; i < Math.max(a?.length ?? 0, b?.length ?? 0); i++) {
    const diff = (a?.[i] ?? 0) - (b?.[i] ?? 0);
    if (diff !== 0) return diff > 0;
  }
  return true;
}

/** Engines before API 1.44 do not report an endpoint's DNS names: the column would always be empty. */
export function reportsDnsNames(engine: EngineStatus): boolean {
  return engine.state !== 'connected' || apiAtLeast(engine.identity.apiVersion, '1.44');
}
