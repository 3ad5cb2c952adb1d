/**
 * One redis-cli session on a real TTY, wired to a terminal: `console.open` sized to the terminal,
 * the `console` stream into it, keystrokes and resizes back, `console.close` when it ends.
 */
import type { Terminal } from '@xterm/xterm';
import { ApiError, api } from '../../api/client';

export interface Problem {
  message: string;
  fix?: string;
}

export interface SessionEvents {
  onOpen(command: string): void;
  onExit(exitCode: number): void;
  /** `whileOpen`: the session had started (the stream or typing failed), else opening failed. */
  onFail(problem: Problem, whileOpen: boolean): void;
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));
const sizeOf = (terminal: Terminal) => ({ cols: clamp(terminal.cols, 10, 500), rows: clamp(terminal.rows, 5, 300) });

function toProblem(error: unknown): Problem {
  if (error instanceof ApiError) return { message: error.message, fix: error.fix };
  return { message: error instanceof Error ? error.message : String(error) };
}

function closeQuietly(sessionId: string): void {
  // The session may be gone already (the backend ends it with its process or when the app stops).
  api.call('console.close', { sessionId }).catch(() => undefined);
}

/** Starts a session for the terminal; the returned function ends it (and removes its container). */
export function startSession(terminal: Terminal, lesson: string, events: SessionEvents): () => void {
  let stopped = false;
  let sessionId: string | undefined;
  const cleanups: Array<() => void> = [];
  const release = () => {
    for (const cleanup of cleanups.splice(0)) cleanup();
    if (sessionId) closeQuietly(sessionId);
    sessionId = undefined;
  };
  const fail = (error: unknown) => !stopped && events.onFail(toProblem(error), sessionId !== undefined);

  const wire = (id: string) => {
    const resize = () => void api.call('console.resize', { sessionId: id, ...sizeOf(terminal) }).catch(fail);
    // xterm answers redis-cli's cursor-position query (ESC[6n) through onData too.
    const input = terminal.onData((data) => void api.call('console.input', { sessionId: id, data }).catch(fail));
    const resized = terminal.onResize(resize);
    const unsubscribe = api.subscribe(
      'console',
      { sessionId: id },
      {
        event: (event) => {
          if ('data' in event) return terminal.write(event.data);
          release();
          events.onExit(event.exit);
        },
        end: (error) => error && fail(error),
      },
    );
    cleanups.push(
      () => input.dispose(),
      () => resized.dispose(),
      unsubscribe,
    );
    return resize;
  };

  const open = async () => {
    const size = sizeOf(terminal);
    const opened = await api.call('console.open', { lesson, ...size });
    if (stopped) return closeQuietly(opened.sessionId);
    sessionId = opened.sessionId;
    events.onOpen(opened.command);
    const resize = wire(opened.sessionId);
    // The panel may have changed size while the container started.
    if (terminal.cols !== size.cols || terminal.rows !== size.rows) resize();
    terminal.focus();
  };

  // Deferred: React StrictMode mounts, unmounts and mounts again at once; only the last one opens.
  const timer = setTimeout(() => void open().catch(fail), 0);
  return () => {
    stopped = true;
    clearTimeout(timer);
    release();
  };
}
