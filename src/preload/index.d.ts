import type { ClientMessage, ServerMessage } from '@shared/contract';

/** What src/preload/index.ts exposes as window.containerTalk (the renderer's transport declares its view of it). */
export interface ContainerTalkBridge {
  send(message: ClientMessage): void;
  /** Returns a function that stops the listener. */
  onMessage(listener: (message: ServerMessage) => void): () => void;
}
