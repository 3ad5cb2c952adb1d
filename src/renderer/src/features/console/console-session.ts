/**
 * One session of a lesson's console (e.g. redis-cli) on a real TTY, wired to a terminal: `console.open` sized to the terminal,
 * the `console` stream into it, keystrokes and resizes back, `console.close` when it ends.
 */
import type { Terminal } from '@xterm/xterm';
import { ApiError, api } from '../../api/client';
import { forgetSession, type RememberedSession, recallSession, rememberSession } from './remembered-session';

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

/** Which console: the lesson's, by its id. */
export interface ConsoleTarget {
  lesson: string;
  console: string;
}

/** Starts a session for the terminal; the returned function ends it (and removes its container). */
export function startSession(terminal: Terminal, target: ConsoleTarget, events: SessionEvents): () => void {
  let stopped = false;
  let sessionId: string | undefined;
  const cleanups: Array<() => void> = [];
  const unwire = () => {
    for (const cleanup of cleanups.splice(0)) cleanup();
  };
  const release = () => {
    unwire();
    if (sessionId) {
      closeQuietly(sessionId);
      forgetSession(target);
    }
    sessionId = undefined;
  };
  const fail = (error: unknown) => !stopped && events.onFail(toProblem(error), sessionId !== undefined);

  /** `onGone`: reattaching, and the session is no more (its grace period ran out). */
  const wire = (id: string, onGone?: () => void) => {
    const resize = () => void api.call('console.resize', { sessionId: id, ...sizeOf(terminal) }).catch(fail);
    // A reattached page replays what the old page already answered (the cursor queries): not again.
    let replaying = onGone !== undefined;
    // xterm answers redis-cli's cursor-position query (ESC[6n) through onData too.
    const input = terminal.onData(
      (data) => !replaying && void api.call('console.input', { sessionId: id, data }).catch(fail),
    );
    const resized = terminal.onResize(resize);
    const unsubscribe = api.subscribe(
      'console',
      { sessionId: id },
      {
        event: (event) => {
          if ('data' in event) return terminal.write(event.data, () => (replaying = false));
          release();
          events.onExit(event.exit);
        },
        end: (error) => {
          if (error?.code === 'NOT_FOUND' && onGone) return onGone();
          if (error) fail(error);
        },
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
    const opened = await api.call('console.open', { ...target, ...size });
    if (stopped) return closeQuietly(opened.sessionId);
    sessionId = opened.sessionId;
    rememberSession(target, opened);
    events.onOpen(opened.command);
    const resize = wire(opened.sessionId);
    // The panel may have changed size while the container started.
    if (terminal.cols !== size.cols || terminal.rows !== size.rows) resize();
    terminal.focus();
  };

  /** After a reload: the session this tab showed, if the app still keeps it; else a new one. */
  const reattach = (saved: RememberedSession) => {
    sessionId = saved.sessionId;
    events.onOpen(saved.command);
    const resize = wire(saved.sessionId, () => {
      unwire();
      sessionId = undefined;
      forgetSession(target);
      if (!stopped) void open().catch(fail);
    });
    resize();
    terminal.focus();
  };

  const begin = () => {
    const saved = recallSession(target);
    if (saved) reattach(saved);
    else void open().catch(fail);
  };

  // Deferred: React StrictMode mounts, unmounts and mounts again at once; only the last one opens.
  const timer = setTimeout(begin, 0);
  return () => {
    stopped = true;
    clearTimeout(timer);
    release();
  };
}
