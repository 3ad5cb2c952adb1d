/**
 * One session of a lesson's console (e.g. redis-cli) on a real TTY, wired to a terminal: `console.open` sized to the terminal,
 * the `console` stream into it, keystrokes and resizes back, `console.close` when it ends.
 */

import type { ErrorTexts } from '@shared/errors';
import type { Terminal } from '@xterm/xterm';
import { api, problemOf } from '../../api/client';
import { attachSession, closeQuietly, sizeOf } from './attach-session';
import { forgetSession, type RememberedSession, recallSession, rememberSession } from './remembered-session';

/** Why the session could not open or stopped, in every language it can be said in (shown with inLanguage). */
export type Problem = ErrorTexts;

export interface SessionEvents {
  onOpen(command: string): void;
  onExit(exitCode: number): void;
  /** `whileOpen`: the session had started (the stream or typing failed), else opening failed. */
  onFail(problem: Problem, whileOpen: boolean): void;
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
  const fail = (error: unknown) => !stopped && events.onFail(problemOf(error), sessionId !== undefined);

  /** `onGone`: reattaching, and the session is no more (its grace period ran out). */
  const wire = (id: string, onGone?: () => void) => {
    const attached = attachSession(terminal, id, {
      onExit: (exitCode) => {
        release();
        events.onExit(exitCode);
      },
      onFail: fail,
      ...(onGone ? { onGone } : {}),
    });
    cleanups.push(attached.detach);
    return attached.resize;
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
