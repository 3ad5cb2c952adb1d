/**
 * Hardening applied to the session and to every webContents the app ever creates: the app's own page
 * is the only place a window may show; documentation links open in the system browser; nothing else.
 */
import type { Session, WebContents } from 'electron';
import { isAppResource } from './app-page';
import { openExternalIfAllowed } from './external-links';

/** Equal to browser mode's (src/main/web/static-files.ts); a test keeps the two the same. */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

export type NavigationVerdict = 'allow' | 'external' | 'deny';

/** Lets the app's page through, opens allow-listed documentation externally, refuses the rest. */
export function handleNavigation(url: string, isAppPage: (url: string) => boolean): NavigationVerdict {
  if (isAppPage(url)) return 'allow';
  return openExternalIfAllowed(url) ? 'external' : 'deny';
}

export function hardenWebContents(contents: WebContents, isAppPage: (url: string) => boolean): void {
  contents.on('will-navigate', (event) => {
    if (handleNavigation(event.url, isAppPage) !== 'allow') event.preventDefault();
  });
  // A redirect is never something the learner clicked: block it without opening anything.
  contents.on('will-redirect', (event) => {
    if (!isAppPage(event.url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openExternalIfAllowed(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** CSP as a response header too (Chromium sends header events for http(s), i.e. the dev server). */
export function secureSession(session: Session, pageUrl: string): void {
  // Only the clipboard (copy buttons, the console's paste), and only for the app's own page.
  const clipboard = ['clipboard-sanitized-write', 'clipboard-read'];
  const allowed = (permission: string, url: string) => clipboard.includes(permission) && isAppResource(url, pageUrl);
  session.setPermissionRequestHandler((contents, permission, callback) =>
    callback(allowed(permission, contents.getURL())),
  );
  // For a file:// page the requesting origin is just "file:///": judge the page itself when there is one.
  session.setPermissionCheckHandler((contents, permission, origin) =>
    allowed(permission, contents?.getURL?.() || origin),
  );
  session.webRequest.onHeadersReceived((details, callback) => {
    if (!isAppResource(details.url, pageUrl)) return callback({});
    const headers = { ...details.responseHeaders };
    for (const name of Object.keys(headers)) {
      if (name.toLowerCase() === 'content-security-policy') delete headers[name];
    }
    callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [contentSecurityPolicy] } });
  });
}
