/**
 * The renderer's two wires to the main process, carrying the same messages: the preload's bridge in
 * the desktop app, a WebSocket (with the launch token) in browser mode.
 */
import type { ClientMessage, ServerMessage, WireError } from '@shared/contract';

export interface Transport {
  send(message: ClientMessage): void;
  onMessage(listener: (message: ServerMessage) => void): void;
  /** Resolves once messages can be sent. */
  ready: Promise<void>;
  /**
   * Called once if the wire to the main process is lost (browser mode: the server stopped), or never
   * came up because the server refused this page: `refusal` then says why.
   */
  onClose(listener: (reason: string, refusal?: WireError) => void): void;
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

/**
 * A browser does not tell a page why its WebSocket was refused, so the page asks the server the same
 * question with a POST (see answerProbe in src/main/api/wires/websocket.ts). No answer: the server is gone.
 */
async function whyRefused(path: string): Promise<WireError | undefined> {
  try {
    const answer = await fetch(path, { method: 'POST' });
    if (answer.ok) return undefined;
    // The schema (and zod with it) loads only for a refused page, not with every page.
    const { wireErrorSchema } = await import('@shared/contract');
    const refusal = wireErrorSchema.safeParse(await answer.json());
    return refusal.success ? refusal.data : undefined;
  } catch {
    return undefined;
  }
}

function webSocketTransport(): Transport {
  const token = new URLSearchParams(location.search).get('token') ?? '';
  const path = `/api?token=${encodeURIComponent(token)}`;
  const socket = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${path}`);
  const listeners: Array<(m: ServerMessage) => void> = [];
  const closeListeners: Array<(reason: string, refusal?: WireError) => void> = [];
  let opened = false;
  socket.addEventListener('open', () => {
    opened = true;
  });
  socket.addEventListener('close', async (event) => {
    const refusal = opened ? undefined : await whyRefused(path);
    for (const listener of closeListeners) listener(`${event.code} ${event.reason}`.trim(), refusal);
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
