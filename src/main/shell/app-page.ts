/**
 * The app's own page: the built renderer as a file:// URL, or the dev server's page under
 * `electron-vite dev`. Every trust decision in the shell (navigation, IPC senders, the CSP header)
 * compares against it.
 */
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** `electron-vite dev` sets ELECTRON_RENDERER_URL; preview and packaged builds load the file. */
export function appPageUrl(mainDir: string, devServerUrl: string | undefined): string {
  if (devServerUrl) return new URL(devServerUrl).href;
  return pathToFileURL(join(mainDir, '../renderer/index.html')).href;
}

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** The page itself, whatever its query or fragment (the renderer may keep state there). */
export function isAppPage(url: string, pageUrl: string): boolean {
  const candidate = parse(url);
  const page = parse(pageUrl);
  if (!candidate || !page) return false;
  return candidate.protocol === page.protocol && candidate.host === page.host && candidate.pathname === page.pathname;
}

/** The page or anything it loads from its own place: the dev server's origin, or the renderer folder. */
export function isAppResource(url: string, pageUrl: string): boolean {
  const candidate = parse(url);
  const page = parse(pageUrl);
  if (!candidate || !page || candidate.protocol !== page.protocol || candidate.host !== page.host) return false;
  if (page.protocol !== 'file:') return true;
  const folder = `${dirname(page.pathname)}/`;
  return candidate.pathname.startsWith(folder);
}
