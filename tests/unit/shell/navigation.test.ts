// Windows show only the app's own page; documentation on the allow-list opens in the system browser;
// every other navigation, redirect, new window and <webview> is refused.
import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const shell = vi.hoisted(() => ({ openExternal: vi.fn(async (_url: string) => {}) }));
vi.mock('electron', () => ({ shell }));

import { isAppPage } from '../../../src/main/shell/app-page';
import { allowedExternalUrl, helpLinks } from '../../../src/main/shell/external-links';
import { handleNavigation, hardenWebContents } from '../../../src/main/shell/security';

const page = 'file:///opt/container-talk/out/renderer/index.html';
const ownPage = (url: string) => isAppPage(url, page);

class FakeContents extends EventEmitter {
  openHandler?: (details: { url: string }) => { action: string };
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.openHandler = handler;
  }
}

function fire(contents: FakeContents, name: string, url: string): boolean {
  const event = { url, preventDefault: vi.fn() };
  contents.emit(name, event);
  return event.preventDefault.mock.calls.length > 0;
}

beforeEach(() => {
  shell.openExternal.mockClear();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

describe('the allow-list', () => {
  it('allows documentation pages on the listed hosts and paths', () => {
    expect(allowedExternalUrl('https://docs.docker.com/engine/network/')).toBe(
      'https://docs.docker.com/engine/network/',
    );
    expect(allowedExternalUrl('https://docs.podman.io/en/latest/')).toBeDefined();
    expect(allowedExternalUrl('https://github.com/docker/cli/blob/master/README.md')).toBeDefined();
    for (const link of helpLinks) expect(allowedExternalUrl(link.url), link.url).toBe(link.url);
  });

  it.each([
    'http://docs.docker.com/',
    'https://docs.docker.com.evil.example/',
    'https://evil.example/?https://docs.docker.com/',
    'https://docs.docker.com@evil.example/',
    'https://user:pw@docs.docker.com/',
    'https://docs.docker.com:8443/',
    'https://github.com/evil/repo',
    'https://github.com/docker/../evil/repo',
    'https://github.com/dockerx/repo',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'not a url',
  ])('refuses %s', (url) => {
    expect(allowedExternalUrl(url)).toBeUndefined();
  });
});

describe('navigation', () => {
  it("lets the app's page through, opens allow-listed links externally, denies the rest", () => {
    expect(handleNavigation(`${page}#/lessons`, ownPage)).toBe('allow');
    expect(handleNavigation('https://docs.docker.com/engine/network/', ownPage)).toBe('external');
    expect(shell.openExternal).toHaveBeenCalledWith('https://docs.docker.com/engine/network/');
    expect(handleNavigation('https://evil.example/', ownPage)).toBe('deny');
    expect(handleNavigation('file:///etc/passwd', ownPage)).toBe('deny');
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
  });

  it('hardens a webContents: will-navigate, will-redirect, window.open and <webview>', () => {
    const contents = new FakeContents();
    hardenWebContents(contents as never, ownPage);

    expect(fire(contents, 'will-navigate', page)).toBe(false);
    expect(fire(contents, 'will-navigate', 'https://evil.example/')).toBe(true);
    expect(fire(contents, 'will-navigate', 'https://docs.docker.com/engine/network/')).toBe(true);
    expect(shell.openExternal).toHaveBeenCalledTimes(1);

    expect(fire(contents, 'will-redirect', page)).toBe(false);
    expect(fire(contents, 'will-redirect', 'https://docs.docker.com/')).toBe(true);
    expect(shell.openExternal).toHaveBeenCalledTimes(1);

    expect(contents.openHandler?.({ url: 'https://docs.podman.io/en/latest/' })).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenLastCalledWith('https://docs.podman.io/en/latest/');
    expect(contents.openHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: page })).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledTimes(2);

    expect(fire(contents, 'will-attach-webview', 'https://docs.docker.com/')).toBe(true);
  });
});
