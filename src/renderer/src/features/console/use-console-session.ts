/** The console's session as React state: opening, open, ended (exit code) or failed (what to do). */
import type { Terminal } from '@xterm/xterm';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useEngine } from '../engine';
import { type ConsoleTarget, type Problem, startSession } from './console-session';

export type ConsoleState =
  | { phase: 'opening'; command?: string }
  | { phase: 'open'; command: string }
  | { phase: 'ended'; command: string; exitCode: number }
  | { phase: 'failed'; command?: string; problem: Problem; whileOpen: boolean };

export function useConsoleSession(terminal: Terminal | undefined, { lesson, console }: ConsoleTarget) {
  const [state, setState] = useState<ConsoleState>({ phase: 'opening' });
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: attempt only triggers a new session
  useEffect(() => {
    if (!terminal) return;
    let command: string | undefined;
    setState((previous) => ({ phase: 'opening', command: previous.command }));
    terminal.reset();
    return startSession(
      terminal,
      { lesson, console },
      {
        onOpen: (opened) => {
          command = opened;
          setState({ phase: 'open', command: opened });
        },
        onExit: (exitCode) => setState({ phase: 'ended', command: command ?? '', exitCode }),
        onFail: (problem, whileOpen) => setState({ phase: 'failed', command, problem, whileOpen }),
      },
    );
  }, [terminal, lesson, console, attempt]);

  /** Closes the session (if any) and opens a new one. */
  const reconnect = useCallback(() => setAttempt((n) => n + 1), []);
  const waiting = useReopenWhenEngineReturns(reconnect);
  return { state, reconnect, waiting };
}

/**
 * While the engine does not answer, the console waits for it (true); its session went with the engine,
 * so once the engine is back a new one opens by itself.
 */
function useReopenWhenEngineReturns(reopen: () => void): boolean {
  const engine = useEngine().state;
  const wasAway = useRef(false);
  useEffect(() => {
    if (engine === 'unavailable') wasAway.current = true;
    else if (engine === 'connected' && wasAway.current) {
      wasAway.current = false;
      reopen();
    }
  }, [engine, reopen]);
  return engine === 'unavailable';
}
