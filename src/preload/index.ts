/**
 * The one object the renderer sees: send a contract message, listen for replies and stream events.
 * Neither ipcRenderer nor the IPC event object ever reaches the page. Runs sandboxed (CommonJS).
 */
import type { ClientMessage, ServerMessage } from '@shared/contract';
import { contextBridge, type IpcRendererEvent, ipcRenderer } from 'electron';
import type { ContainerTalkBridge } from './index.d';

/** Must equal ipcChannel in src/main/api/wires/ipc.ts. */
export const channel = 'ct:msg';

const bridge: ContainerTalkBridge = {
  send(message: ClientMessage): void {
    ipcRenderer.send(channel, message);
  },
  onMessage(listener: (message: ServerMessage) => void): () => void {
    const forward = (_event: IpcRendererEvent, message: ServerMessage) => listener(message);
    ipcRenderer.on(channel, forward);
    return () => {
      ipcRenderer.removeListener(channel, forward);
    };
  },
};

contextBridge.exposeInMainWorld('containerTalk', bridge);
