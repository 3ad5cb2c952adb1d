/**
 * A running console session (a TTY in a container) wired to a terminal: the `console` stream into it,
 * keystrokes and resizes back. The console panel and the Explore terminal's `docker run -it` both use it.
 */
import type { Terminal } from '@xterm/xterm';
import { type ApiError, api } from '../../api/client';

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));
export const sizeOf = (terminal: Terminal) => ({
  cols: clamp(terminal.cols, 10, 500),
  rows: clamp(terminal.rows, 5, 300),
});

export interface AttachEvents {
  onExit(exitCode: number): void;
  /** The stream or typing failed. */
  onFail(error: unknown): void;
  /** Reattaching after a reload, and the session is no more (its grace period ran out). */
  onGone?(): void;
}

export interface Attached {
  /** Tells the session the terminal's size now. */
  resize(): void;
  /** Stops listening and typing; the session itself goes on (close it with console.close). */
  detach(): void;
}

export function closeQuietly(sessionId: string): void {
  // The session may be gone already (the backend ends it with its process or when the app stops).
  api.call('console.close', { sessionId }).catch(() => undefined);
}

export function attachSession(terminal: Terminal, sessionId: string, events: AttachEvents): Attached {
  const resize = () => void api.call('console.resize', { sessionId, ...sizeOf(terminal) }).catch(events.onFail);
  // A reattached page replays what the old page already answered (the cursor queries): not again.
  let replaying = events.onGone !== undefined;
  // xterm answers a program's cursor-position query (ESC[6n) through onData too.
  const input = terminal.onData(
    (data) => !replaying && void api.call('console.input', { sessionId, data }).catch(events.onFail),
  );
  const resized = terminal.onResize(resize);
  let detached = false;
  const detach = () => {
    if (detached) return;
    detached = true;
    input.dispose();
    resized.dispose();
    unsubscribe();
  };
  const unsubscribe = api.subscribe(
    'console',
    { sessionId },
    {
      event: (event) => {
        if ('data' in event) return terminal.write(event.data, () => (replaying = false));
        detach();
        events.onExit(event.exit);
      },
      end: (error?: ApiError) => {
        if (error?.code === 'NOT_FOUND' && events.onGone) return events.onGone();
        if (error) events.onFail(error);
      },
    },
  );
  return { resize, detach };
}
