// Permissions are refused (but the app page's clipboard writes); the CSP header goes on the app's own responses only; the menu has
// reload and developer tools in dev only, and its Help links are all on the allow-list.
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ shell: { openExternal: vi.fn(async () => {}) }, Menu: {} }));

import { isAppResource } from '../../../src/main/shell/app-page';
import { menuTemplate } from '../../../src/main/shell/menu';
import { contentSecurityPolicy, secureSession } from '../../../src/main/shell/security';
import { contentSecurityPolicy as browserModePolicy } from '../../../src/main/web/static-files';

type HeadersListener = (
  details: { url: string; responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders?: Record<string, string[]> }) => void,
) => void;

function fakeSession() {
  const handlers: {
    request?: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
    check?: (...args: unknown[]) => boolean;
    headers?: HeadersListener;
  } = {};
  const session = {
    setPermissionRequestHandler: (h: typeof handlers.request) => (handlers.request = h),
    setPermissionCheckHandler: (h: typeof handlers.check) => (handlers.check = h),
    webRequest: { onHeadersReceived: (h: HeadersListener) => (handlers.headers = h) },
  };
  return { session, handlers };
}

const page = 'http://localhost:5173/';

describe('secureSession', () => {
  const { session, handlers } = fakeSession();
  secureSession(session as never, page);

  const ask = (permission: string, url: string) => {
    const callback = vi.fn();
    handlers.request?.({ getURL: () => url }, permission, callback);
    return { requested: callback.mock.calls[0]?.[0], checked: handlers.check?.({}, permission, url, {}) };
  };

  it('refuses every permission request and check', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'fullscreen']) {
      expect(ask(permission, page)).toEqual({ requested: false, checked: false });
    }
  });

  it("lets only the app's own page use the clipboard (copy buttons, the console's paste)", () => {
    for (const permission of ['clipboard-sanitized-write', 'clipboard-read']) {
      expect(ask(permission, page)).toEqual({ requested: true, checked: true });
      expect(ask(permission, 'https://evil.example/')).toEqual({ requested: false, checked: false });
    }
  });

  it("replaces any CSP on the app's own responses and leaves the others alone", () => {
    const reply = (url: string) => {
      let response: { responseHeaders?: Record<string, string[]> } | undefined;
      handlers.headers?.({ url, responseHeaders: { 'content-security-policy': ['*'], 'X-Other': ['1'] } }, (r) => {
        response = r;
      });
      return response;
    };
    expect(reply('http://localhost:5173/src/main.tsx')).toEqual({
      responseHeaders: { 'X-Other': ['1'], 'Content-Security-Policy': [contentSecurityPolicy] },
    });
    expect(reply('https://evil.example/')).toEqual({});
    expect(contentSecurityPolicy).toBe(browserModePolicy);
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data:",
      "connect-src 'self'",
      "font-src 'self' data:",
    ]) {
      expect(contentSecurityPolicy.split('; ')).toContain(directive);
    }
  });

  it('counts only the renderer folder as the app when it is loaded from files', () => {
    const filePage = 'file:///opt/ct/out/renderer/index.html';
    expect(isAppResource('file:///opt/ct/out/renderer/assets/index.js', filePage)).toBe(true);
    expect(isAppResource('file:///opt/ct/out/main/index.js', filePage)).toBe(false);
    expect(isAppResource('file:///opt/ct/out/renderer-evil/x.js', filePage)).toBe(false);
  });
});

describe('menuTemplate', () => {
  const roles = (isDev: boolean) =>
    JSON.stringify(menuTemplate({ isDev, resetWindow: () => {}, platform: 'linux' }), (key, value) =>
      key === 'click' ? undefined : value,
    );

  it('offers reload and developer tools only in dev', () => {
    expect(roles(false)).not.toMatch(/toggleDevTools|reload/i);
    expect(roles(true)).toMatch(/toggleDevTools/);
    expect(roles(false)).toMatch(/togglefullscreen/);
    expect(roles(false)).toMatch(/zoomIn/);
  });

  it('resets the window from File', () => {
    const resetWindow = vi.fn();
    const file = menuTemplate({ isDev: false, resetWindow, platform: 'linux' })[0];
    const item = ((file?.submenu ?? []) as Array<{ label?: string; click?: () => void }>).find(
      (i) => i.label === 'Reset Window',
    );
    item?.click?.();
    expect(resetWindow).toHaveBeenCalledOnce();
  });
});
