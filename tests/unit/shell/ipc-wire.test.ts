// Each webContents gets its own connection, closed when the page goes away; untrusted senders get none.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => {
  const handlers = new Map<string, (...args: unknown[]) => void>();
  return {
    handlers,
    ipcMain: {
      on: vi.fn((channel: string, handler: (...args: unknown[]) => void) => handlers.set(channel, handler)),
      removeListener: vi.fn((channel: string) => handlers.delete(channel)),
    },
  };
});
vi.mock('electron', () => ({ ipcMain: electron.ipcMain }));

const router = vi.hoisted(() => ({
  connections: [] as Array<{
    receive: ReturnType<typeof vi.fn>;
    close: ReturnType<typeof vi.fn>;
    send: (m: unknown) => void;
  }>,
}));
vi.mock('../../../src/main/api/router', () => ({
  openConnection: (_services: unknown, send: (m: unknown) => void) => {
    const connection = { receive: vi.fn(), close: vi.fn(), send };
    router.connections.push(connection);
    return connection;
  },
}));

import type { AppServices } from '../../../src/main/api/services';
import { attachIpcWire, ipcChannel } from '../../../src/main/api/wires/ipc';
import { eventFrom, FakeContents, type Frame, ownPage } from './ipc-fakes';

describe('attachIpcWire', () => {
  let main: FakeContents;
  let stop: () => void;
  const receive = async (sender: FakeContents, raw: unknown, frame?: Frame) => {
    electron.handlers.get(ipcChannel)?.(eventFrom(sender, frame === undefined ? sender.mainFrame : frame), raw);
    await Promise.resolve();
    await Promise.resolve();
  };

  beforeEach(() => {
    router.connections.length = 0;
    main = new FakeContents();
    stop = attachIpcWire({
      services: Promise.resolve({} as AppServices),
      mainContents: () => main as never,
      isAppPage: ownPage,
    });
  });

  it("hands the app page's messages to one connection and sends replies back on the channel", async () => {
    await receive(main, { t: 'req', id: 1, op: 'x', input: {} });
    await receive(main, { t: 'unsub', id: 1 });
    expect(router.connections).toHaveLength(1);
    expect(router.connections[0]?.receive.mock.calls).toEqual([
      [{ t: 'req', id: 1, op: 'x', input: {} }],
      [{ t: 'unsub', id: 1 }],
    ]);
    router.connections[0]?.send({ t: 'res', id: 1, result: 42 });
    expect(main.sent).toEqual([[ipcChannel, { t: 'res', id: 1, result: 42 }]]);
    stop();
  });

  it('ignores messages from anything else', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await receive(new FakeContents(), { t: 'unsub', id: 1 });
    await receive(main, { t: 'unsub', id: 1 }, { url: 'https://evil.example/', parent: null });
    expect(router.connections).toHaveLength(0);
    expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
    stop();
  });

  it('closes the connection when the webContents is destroyed, or its page reloads', async () => {
    await receive(main, { t: 'unsub', id: 1 });
    main.emit('did-start-navigation', { isMainFrame: false, isSameDocument: false });
    main.emit('did-start-navigation', { isMainFrame: true, isSameDocument: true });
    expect(router.connections[0]?.close).not.toHaveBeenCalled();
    main.emit('did-start-navigation', { isMainFrame: true, isSameDocument: false });
    expect(router.connections[0]?.close).toHaveBeenCalledOnce();
    await receive(main, { t: 'unsub', id: 2 });
    expect(router.connections).toHaveLength(2);
    main.destroyed = true;
    main.emit('destroyed');
    expect(router.connections[1]?.close).toHaveBeenCalledOnce();
    expect(main.listenerCount('destroyed')).toBe(0);
    stop();
  });

  it('stops listening and closes every connection when stopped', async () => {
    await receive(main, { t: 'unsub', id: 1 });
    stop();
    expect(router.connections[0]?.close).toHaveBeenCalledOnce();
    expect(electron.handlers.has(ipcChannel)).toBe(false);
  });
});

describe('attachIpcWire while the services start', () => {
  const starting = () => {
    router.connections.length = 0;
    let ready: (services: AppServices) => void = () => {};
    const services = new Promise<AppServices>((resolve) => (ready = resolve));
    const main = new FakeContents();
    const stop = attachIpcWire({ services, mainContents: () => main as never, isAppPage: ownPage });
    const send = (event: unknown, id: number) => electron.handlers.get(ipcChannel)?.(event, { t: 'unsub', id });
    const finish = async () => {
      ready({} as AppServices);
      await services;
      await Promise.resolve();
    };
    return { main, stop, send, finish };
  };

  it('drops the messages of a page that went away meanwhile', async () => {
    const { main, stop, send, finish } = starting();
    const early = eventFrom(main) as { senderFrame: unknown };
    send(early, 1);
    send(eventFrom(main), 2);
    early.senderFrame = null; // the frame that sent it navigated away
    await finish();
    expect(router.connections[0]?.receive.mock.calls).toEqual([[{ t: 'unsub', id: 2 }]]);
    stop();
  });

  it('drops the messages that were waiting when the wire stopped', async () => {
    const { main, stop, send, finish } = starting();
    send(eventFrom(main), 1);
    stop();
    await finish();
    expect(router.connections).toHaveLength(0);
  });
});
