// The preload exposes exactly { send, onMessage } on one channel; listeners never see the IPC event
// and can unsubscribe.
import { describe, expect, it, vi } from 'vitest';

const electron = await vi.hoisted(async () => {
  const { EventEmitter } = await import('node:events');
  const exposed = new Map<string, unknown>();
  return {
    exposed,
    contextBridge: { exposeInMainWorld: vi.fn((key: string, api: unknown) => exposed.set(key, api)) },
    ipcRenderer: Object.assign(new EventEmitter(), { send: vi.fn() }),
  };
});
vi.mock('electron', () => ({ contextBridge: electron.contextBridge, ipcRenderer: electron.ipcRenderer }));
// The main side's channel constant lives next to code that imports the router.
vi.mock('../../../src/main/api/router', () => ({ openConnection: vi.fn() }));

import { ipcChannel } from '../../../src/main/api/wires/ipc';
import { channel } from '../../../src/preload/index';
import type { ContainerTalkBridge } from '../../../src/preload/index.d';

describe('preload bridge', () => {
  const bridge = () => electron.exposed.get('containerTalk') as ContainerTalkBridge;

  it('exposes one object with exactly send and onMessage, on the same channel as the main side', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
    expect([...electron.exposed.keys()]).toEqual(['containerTalk']);
    expect(Object.keys(bridge()).sort()).toEqual(['onMessage', 'send']);
    expect(channel).toBe(ipcChannel);
  });

  it('sends messages on the channel', () => {
    bridge().send({ t: 'unsub', id: 3 });
    expect(electron.ipcRenderer.send).toHaveBeenCalledWith(channel, { t: 'unsub', id: 3 });
  });

  it('gives listeners the message only, and unsubscribes', () => {
    const listener = vi.fn();
    const unsubscribe = bridge().onMessage(listener);
    const message = { t: 'res', id: 3, result: 'ok' };
    electron.ipcRenderer.emit(channel, { sender: 'the IPC event' }, message);
    expect(listener.mock.calls).toEqual([[message]]);
    expect(electron.ipcRenderer.listenerCount(channel)).toBe(1);
    unsubscribe();
    expect(electron.ipcRenderer.listenerCount(channel)).toBe(0);
    electron.ipcRenderer.emit(channel, {}, message);
    expect(listener).toHaveBeenCalledOnce();
  });
});
