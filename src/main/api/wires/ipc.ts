/**
 * The desktop app's wire: the contract over one IPC channel. Only the main window's own page may
 * talk on it (checked on every message: the webContents, the frame, the frame's URL); each webContents
 * gets its own connection, closed when its page goes away (reload, crash, window closed).
 */
import type { ServerMessage } from '@shared/contract';
import { type IpcMainEvent, ipcMain, type WebContents } from 'electron';
import { type Connection, openConnection } from '../router';
import type { AppServices } from '../services';

/** Also spelled out in src/preload/index.ts (a test keeps the two equal). */
export const ipcChannel = 'ct:msg';

export interface IpcWireOptions {
  /** May still be starting (finding the engine): messages wait for it, in order. */
  services: Promise<AppServices>;
  /** The main window's webContents, or undefined while there is none. */
  mainContents(): WebContents | undefined;
  isAppPage(url: string): boolean;
}

type SenderInfo = Pick<IpcMainEvent, 'sender' | 'senderFrame'>;

export function isTrustedSender(
  event: SenderInfo,
  main: WebContents | undefined,
  isAppPage: (url: string) => boolean,
): boolean {
  if (!main || main.isDestroyed() || event.sender !== main) return false;
  const frame = event.senderFrame;
  // Top-level frame only: an iframe on the page is not the app, even with the app's URL.
  return frame !== null && frame.parent === null && isAppPage(frame.url);
}

/** Starts listening; the returned function stops and closes every connection. */
export function attachIpcWire(options: IpcWireOptions): () => void {
  const connections = new Map<number, { connection: Connection; forget(): void }>();

  const drop = (id: number) => {
    const entry = connections.get(id);
    if (!entry) return;
    connections.delete(id);
    entry.forget();
    entry.connection.close();
  };

  const connectionFor = (contents: WebContents, services: AppServices): Connection => {
    const existing = connections.get(contents.id);
    if (existing) return existing.connection;
    const id = contents.id;
    const send = (message: ServerMessage) => {
      if (!contents.isDestroyed()) contents.send(ipcChannel, message);
    };
    const connection = openConnection(services, send);
    const onGone = () => drop(id);
    const onNavigation = (event: { isMainFrame: boolean; isSameDocument: boolean }) => {
      if (event.isMainFrame && !event.isSameDocument) drop(id);
    };
    contents.on('destroyed', onGone);
    contents.on('render-process-gone', onGone);
    contents.on('did-start-navigation', onNavigation);
    const forget = () => {
      contents.removeListener('destroyed', onGone);
      contents.removeListener('render-process-gone', onGone);
      contents.removeListener('did-start-navigation', onNavigation);
    };
    connections.set(id, { connection, forget });
    return connection;
  };

  let stopped = false;
  const trusted = (event: IpcMainEvent) => isTrustedSender(event, options.mainContents(), options.isAppPage);
  const onMessage = (event: IpcMainEvent, raw: unknown) => {
    if (!trusted(event)) {
      console.warn(`[ipc] ignored a message from ${event.senderFrame?.url ?? 'a frame that is gone'}`);
      return;
    }
    options.services
      .then((services) => {
        // Checked again: while the services started, the page may have reloaded (its frame is then gone).
        if (!stopped && trusted(event)) connectionFor(event.sender, services).receive(raw);
      })
      .catch((error: unknown) => console.error('[ipc] a message could not be handled:', error));
  };

  ipcMain.on(ipcChannel, onMessage);
  return () => {
    stopped = true;
    ipcMain.removeListener(ipcChannel, onMessage);
    for (const id of [...connections.keys()]) drop(id);
  };
}
