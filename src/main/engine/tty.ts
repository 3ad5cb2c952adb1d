/**
 * `docker run -it`: a hijacked, raw (not multiplexed) two-way stream to a container with a TTY.
 * The desktop console and the headless runner both drive one of these.
 */
import { EventEmitter } from 'node:events';
import type { Duplex } from 'node:stream';
import { startContainer } from './containers';
import { engineCall } from './errors';
import { doing } from './messages';
import type { EngineClient } from './transport/client';
import { enginePath } from './transport/path';
import { registerWait } from './wait';

export interface TerminalSize {
  cols: number;
  rows: number;
}

export class TtySession extends EventEmitter<{ data: [Buffer]; exit: [number] }> {
  private constructor(
    private readonly client: EngineClient,
    readonly containerId: string,
    private readonly socket: Duplex,
    /** Resolves with the exit code when the container's process ends. */
    readonly exited: Promise<number>,
  ) {
    super();
    socket.on('data', (data: Buffer) => this.emit('data', data));
    socket.on('error', () => undefined); // the exit promise reports the outcome
    exited.then(
      (code) => this.emit('exit', code),
      () => this.emit('exit', -1),
    );
  }

  /** Attaches (before start, so no output is lost), starts, and sizes the terminal. */
  static async open(client: EngineClient, id: string, size: TerminalSize): Promise<TtySession> {
    const socket = await engineCall(doing.attachingTerminal, () =>
      client.upgrade({
        method: 'POST',
        path: enginePath`/containers/${id}/attach`,
        query: { stream: true, stdin: true, stdout: true, stderr: true },
      }),
    );
    const { exited } = await registerWait(client, id, 'next-exit');
    await startContainer(client, id);
    // Sized before anyone reads: until the session listens, the socket holds what the process prints.
    await resizeTty(client, id, size);
    return new TtySession(client, id, socket, exited);
  }

  write(data: string | Buffer): void {
    this.socket.write(data);
  }

  resize(size: TerminalSize): Promise<void> {
    return resizeTty(this.client, this.containerId, size);
  }

  /** Ends our side of the stream (the process sees end of input). */
  close(): void {
    this.socket.end();
  }
}

function resizeTty(client: EngineClient, id: string, size: TerminalSize): Promise<void> {
  return engineCall(doing.resizingTerminal, () =>
    client.json({ method: 'POST', path: enginePath`/containers/${id}/resize`, query: { h: size.rows, w: size.cols } }),
  ).then(
    () => undefined,
    () => undefined, // a process that already exited cannot be resized; nothing to report
  );
}
