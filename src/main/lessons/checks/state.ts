/** Small readers of engine state shared by several checks. */
import type { ContainerInfo, Engine } from '../../engine';

/** The container's IPv4 address on `network`, or on the default bridge when none is named. */
export function ipOn(container: ContainerInfo, network?: string): string | undefined {
  if (network) return container.networks[network]?.ipAddress || undefined;
  const bridge = container.networks.bridge ?? Object.values(container.networks)[0];
  return bridge?.ipAddress || undefined;
}

export async function ipOf(engine: Engine, name: string, network?: string): Promise<string | undefined> {
  const container = await engine.findContainer(name);
  return container ? ipOn(container, network) : undefined;
}

export function lines(text: string): string[] {
  return text.split(/\r?\n/).filter((line) => line.trim() !== '');
}

/** KEY=VALUE lines of `env` output. */
export function envOf(text: string): Map<string, string> {
  const env = new Map<string, string>();
  for (const line of lines(text)) {
    const eq = line.indexOf('=');
    if (eq > 0) env.set(line.slice(0, eq), line.slice(eq + 1));
  }
  return env;
}

/** The prefix of link variables for an alias: `redis-db` → `REDIS_DB`. */
export function linkPrefix(alias: string): string {
  return alias.toUpperCase().replace(/[^A-Z0-9]/g, '_');
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The start of `text` on one line, for a verdict's detail. */
export function excerpt(text: string, max = 200): string {
  const flat = text.trim().replace(/\s*\r?\n\s*/g, ' ⏎ ');
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}
