// The main process's startup with Electron faked: one locked-down window on the app's page, services
// created in userData and disposed before quitting, and a second instance that only hands over.
import type { EventEmitter as Emitter } from 'node:events';
import { beforeEach, describe, expect, it, type Mock, vi } from 'vitest';

const fake = vi.hoisted(() => ({
  app: null as never as Emitter & { quit: Mock; requestSingleInstanceLock: Mock },
  windows: [] as Array<{
    options: Record<string, unknown>;
    loadURL: ReturnType<typeof vi.fn>;
    focus: ReturnType<typeof vi.fn>;
  }>,
  dispose: vi.fn(async () => {}),
  connect: vi.fn(async () => ({ state: 'connecting' })),
  createServices: vi.fn(),
}));

vi.mock('electron', async () => {
  const { EventEmitter } = await import('node:events');
  const app = Object.assign(new EventEmitter(), {
    isPackaged: true,
    whenReady: vi.fn(async () => {}),
    getPath: vi.fn(() => '/home/learner/.config/Container Talk'),
    setPath: vi.fn(),
    requestSingleInstanceLock: vi.fn(() => true),
    quit: vi.fn(),
    exit: vi.fn(),
  });
  fake.app = app as never;
  class BrowserWindow extends EventEmitter {
    webContents = new EventEmitter();
    loadURL = vi.fn(async () => {});
    constructor(public options: Record<string, unknown>) {
      super();
      fake.windows.push(this);
    }
    isDestroyed = () => false;
    isMinimized = () => false;
    show = vi.fn();
    focus = vi.fn();
  }
  const session = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    webRequest: { onHeadersReceived: vi.fn() },
  };
  return {
    app,
    BrowserWindow,
    dialog: { showErrorBox: vi.fn() },
    ipcMain: { on: vi.fn(), removeListener: vi.fn() },
    Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn() },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    session: { defaultSession: session },
    shell: { openExternal: vi.fn() },
  };
});
vi.mock('../../../src/main/api/services', () => ({ createServices: fake.createServices }));
vi.mock('../../../src/main/api/router', () => ({ openConnection: vi.fn() }));

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  vi.resetModules();
  (fake.app as Emitter | null)?.removeAllListeners();
  fake.windows.length = 0;
  fake.createServices.mockReset().mockResolvedValue({ dispose: fake.dispose, engine: { connect: fake.connect } });
  fake.dispose.mockClear();
  fake.connect.mockClear();
});

describe('main process startup', () => {
  it('opens one locked-down window on the built page, creates the services in userData, comes to the front', async () => {
    await import('../../../src/main/index');
    await flush();
    expect(fake.createServices).toHaveBeenCalledWith({
      dataDir: '/home/learner/.config/Container Talk',
      findEngine: 'later',
    });
    expect(fake.windows).toHaveLength(1);
    expect(fake.windows[0]?.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(fake.windows[0]?.loadURL).toHaveBeenCalledWith(
      expect.stringMatching(/^file:\/\/.*\/renderer\/index\.html$/),
    );
    expect(fake.app.listenerCount('web-contents-created')).toBeGreaterThan(0);
    fake.app.emit('second-instance');
    expect(fake.windows[0]?.focus).toHaveBeenCalled();
  });

  it('loads the window before it looks for the engine, then looks', async () => {
    await import('../../../src/main/index');
    await flush();
    const loaded = fake.windows[0]?.loadURL.mock.invocationCallOrder[0] ?? Number.POSITIVE_INFINITY;
    expect(fake.connect).toHaveBeenCalledOnce();
    expect(loaded).toBeLessThan(fake.connect.mock.invocationCallOrder[0] ?? 0);
  });

  it('disposes the services before quitting', async () => {
    await import('../../../src/main/index');
    await flush();
    fake.app.quit.mockClear();
    const event = { preventDefault: vi.fn() };
    fake.app.emit('will-quit', event);
    expect(event.preventDefault).toHaveBeenCalled();
    await flush();
    expect(fake.dispose).toHaveBeenCalledOnce();
    expect(fake.app.quit).toHaveBeenCalledOnce();
    const again = { preventDefault: vi.fn() };
    fake.app.emit('will-quit', again);
    expect(again.preventDefault).not.toHaveBeenCalled();
  });

  it('quits at once as a second instance', async () => {
    fake.app.requestSingleInstanceLock.mockReturnValueOnce(false);
    fake.app.quit.mockClear();
    await import('../../../src/main/index');
    await flush();
    expect(fake.app.quit).toHaveBeenCalled();
    expect(fake.windows).toHaveLength(0);
    expect(fake.createServices).not.toHaveBeenCalled();
  });
});
