/**
 * The renderer's two wires to the main process, carrying the same messages: the preload's bridge in
 * the desktop app, a WebSocket (with the launch token) in browser mode.
 */
import type { ClientMessage, ServerMessage } from '@shared/contract';

export interface Transport {
  send(message: ClientMessage): void;
  onMessage(listener: (message: ServerMessage) => void): void;
  /** Resolves once messages can be sent. */
  ready: Promise<void>;
  /** Called once if the wire to the main process is lost (browser mode: the server stopped). */
  onClose(listener: (reason: string) => void): void;
}

interface Bridge {
  send(message: ClientMessage): void;
  onMessage(listener: (message: ServerMessage) => void): void;
}

declare global {
  interface Window {
    containerTalk?: Bridge;
  }
}

function bridgeTransport(bridge: Bridge): Transport {
  // The desktop window and its main process live and die together: the bridge never closes.
  return {
    send: (m) => bridge.send(m),
    onMessage: (l) => bridge.onMessage(l),
    ready: Promise.resolve(),
    onClose: () => undefined,
  };
}

function webSocketTransport(): Transport {
  const token = new URLSearchParams(location.search).get('token') ?? '';
  const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/api?token=${encodeURIComponent(token)}`;
  const socket = new WebSocket(url);
  const listeners: Array<(m: ServerMessage) => void> = [];
  const closeListeners: Array<(reason: string) => void> = [];
  socket.addEventListener('close', (event) => {
    for (const listener of closeListeners) listener(`${event.code} ${event.reason}`.trim());
  });
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(String(event.data)) as ServerMessage;
    for (const listener of listeners) listener(message);
  });
  const ready = new Promise<void>((resolve, reject) => {
    socket.addEventListener('open', () => resolve());
    socket.addEventListener('close', (event) =>
      reject(new Error(`the app's server closed the connection (${event.code} ${event.reason})`)),
    );
  });
  ready.catch(() => undefined); // reported through onClose
  return {
    send: (m) => socket.send(JSON.stringify(m)),
    onMessage: (l) => listeners.push(l),
    ready,
    onClose: (l) => closeListeners.push(l),
  };
}

export function createTransport(): Transport {
  return window.containerTalk ? bridgeTransport(window.containerTalk) : webSocketTransport();
}
