/**
 * The only places outside the app that it opens, always in the system browser: documentation. Links
 * in lessons, window.open and the Help menu all pass through here.
 */
import { shell } from 'electron';

/** Origins and path prefixes, matched against the parsed URL (so `docs.docker.com.evil.example` fails). */
const allowed: ReadonlyArray<{ host: string; path: string }> = [
  { host: 'docs.docker.com', path: '/' },
  { host: 'docs.podman.io', path: '/' },
  { host: 'github.com', path: '/docker/' },
  { host: 'github.com', path: '/containers/podman/' },
];

export const helpLinks: ReadonlyArray<{ label: string; url: string }> = [
  { label: 'Docker networking', url: 'https://docs.docker.com/engine/network/' },
  { label: 'Legacy container links', url: 'https://docs.docker.com/engine/network/links/' },
  { label: 'Docker CLI: docker network', url: 'https://docs.docker.com/reference/cli/docker/network/' },
  { label: 'Podman: podman network', url: 'https://docs.podman.io/en/latest/markdown/podman-network.1.html' },
];

/** The normalized URL when it is on the allow-list, else undefined. */
export function allowedExternalUrl(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password || parsed.port) return undefined;
  const ok = allowed.some((entry) => parsed.hostname === entry.host && parsed.pathname.startsWith(entry.path));
  return ok ? parsed.href : undefined;
}

/** Opens an allow-listed URL in the system browser; anything else is dropped. Returns whether it opened. */
export function openExternalIfAllowed(url: string): boolean {
  const safe = allowedExternalUrl(url);
  if (!safe) {
    console.warn(`[shell] blocked a link to ${url.slice(0, 200)}`);
    return false;
  }
  void shell.openExternal(safe).catch((error: unknown) => console.warn('[shell] could not open a link:', error));
  return true;
}
