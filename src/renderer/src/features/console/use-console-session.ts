/**
 * One redis-cli session on a real TTY, wired to a terminal: `console.open` sized to the terminal,
 * the `console` stream into it, keystrokes and resizes back, `console.close` when done.
 */
import type { Terminal } from '@xterm/xterm';
import { useCallback, useEffect, useState } from 'react';
import { ApiError, api } from '../../api/client';

export interface Problem {
  message: string;
  fix?: string;
}

export type ConsoleState =
  | { phase: 'opening'; command?: string }
  | { phase: 'open'; command: string }
  | { phase: 'ended'; command: string; exitCode: number }
  | { phase: 'failed'; command?: string; problem: Problem; whileOpen: boolean };

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));
const sizeOf = (terminal: Terminal) => ({ cols: clamp(terminal.cols, 10, 500), rows: clamp(terminal.rows, 5, 300) });

function toProblem(error: unknown): Problem {
  if (error instanceof ApiError) return { message: error.message, fix: error.fix };
  return { message: error instanceof Error ? error.message : String(error) };
}

function closeQuietly(sessionId: string): void {
  // The session may be gone already (the backend closes it when its process ends or the app stops).
  api.call('console.close', { sessionId }).catch(() => undefined);
}

export function useConsoleSession(terminal: Terminal | undefined, lesson: string) {
  const [state, setState] = useState<ConsoleState>({ phase: 'opening' });
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: attempt only triggers a new session
  useEffect(() => {
    if (!terminal) return;
    let cancelled = false;
    let sessionId: string | undefined;
    let command: string | undefined;
    const cleanups: Array<() => void> = [];
    const fail = (error: unknown) =>
      !cancelled &&
      setState({ phase: 'failed', command, problem: toProblem(error), whileOpen: sessionId !== undefined });
    const end = (exitCode: number) => {
      for (const cleanup of cleanups.splice(0)) cleanup();
      if (sessionId) closeQuietly(sessionId); // removes its container now rather than on unmount
      sessionId = undefined;
      setState({ phase: 'ended', command: command ?? '', exitCode });
    };

    const wire = (id: string) => {
      const send = (data: string) => void api.call('console.input', { sessionId: id, data }).catch(fail);
      const resize = () => void api.call('console.resize', { sessionId: id, ...sizeOf(terminal) }).catch(fail);
      const input = terminal.onData(send);
      const resized = terminal.onResize(resize);
      const unsubscribe = api.subscribe(
        'console',
        { sessionId: id },
        (event) => ('data' in event ? terminal.write(event.data) : end(event.exit)),
        (error) => error && fail(error),
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
      if (cancelled) return closeQuietly(opened.sessionId);
      sessionId = opened.sessionId;
      command = opened.command;
      setState({ phase: 'open', command });
      const resize = wire(opened.sessionId);
      // The panel may have changed size while the container started.
      if (terminal.cols !== size.cols || terminal.rows !== size.rows) resize();
      terminal.focus();
    };

    setState((previous) => ({ phase: 'opening', command: previous.command }));
    terminal.reset();
    // Deferred: React StrictMode mounts, unmounts and mounts again at once; only the last one opens.
    const timer = setTimeout(() => void open().catch(fail), 0);
    return () => {
      cancelled = true;
      clearTimeout(timer);
      for (const cleanup of cleanups.splice(0)) cleanup();
      if (sessionId) closeQuietly(sessionId);
    };
  }, [terminal, lesson, attempt]);

  /** Closes the session (if any) and opens a new one. */
  const reconnect = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, reconnect };
}
