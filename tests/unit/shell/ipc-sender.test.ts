// Only the main window's own top-level page may talk on the IPC channel.
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ ipcMain: { on: vi.fn(), removeListener: vi.fn() } }));
vi.mock('../../../src/main/api/router', () => ({ openConnection: vi.fn() }));

import { isTrustedSender } from '../../../src/main/api/wires/ipc';
import { isAppPage } from '../../../src/main/shell/app-page';
import { eventFrom, FakeContents, ownPage, page } from './ipc-fakes';

describe('isTrustedSender', () => {
  const main = new FakeContents();
  const top = (url: string) => ({ url, parent: null });
  const check = (event: never, current: unknown = main, isPage = ownPage) =>
    isTrustedSender(event, current as never, isPage);

  it("accepts the main window's own top-level page, whatever its query or fragment", () => {
    expect(check(eventFrom(main))).toBe(true);
    expect(check(eventFrom(main, top(`${page}?lang=id#/lesson/links`)))).toBe(true);
  });

  it('refuses other pages, iframes, other webContents and frames that are gone', () => {
    expect(check(eventFrom(main, top('https://evil.example/')))).toBe(false);
    expect(check(eventFrom(main, top('file:///tmp/index.html')))).toBe(false);
    expect(check(eventFrom(main, top('file:///opt/container-talk/out/renderer/other.html')))).toBe(false);
    expect(check(eventFrom(main, { url: page, parent: main.mainFrame }))).toBe(false);
    expect(check(eventFrom(main, null))).toBe(false);
    expect(check(eventFrom(new FakeContents()))).toBe(false);
    expect(isTrustedSender(eventFrom(main), undefined, ownPage)).toBe(false);
  });

  it('accepts the dev server page in dev, and nothing else on that origin', () => {
    const dev = (url: string) => isAppPage(url, 'http://localhost:5173/');
    expect(check(eventFrom(main, top('http://localhost:5173/')), main, dev)).toBe(true);
    expect(check(eventFrom(main, top('http://localhost:5174/')), main, dev)).toBe(false);
    expect(check(eventFrom(main, top('http://localhost:5173/@fs/x.html')), main, dev)).toBe(false);
  });
});
