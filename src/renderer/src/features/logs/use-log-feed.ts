/**
 * The `logs` stream gathered into a window of the newest lines, updated in batches. The main process
 * keeps the whole history: what falls out of the window is paged back in from there.
 */

import type { LogBatch } from '@shared/contract';
import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import { type ApiError, api } from '../../api/client';
import { appendWindow, Batcher, bufferCap, type LogEntry, newestEntries } from './log-buffer';

export interface LogFeed {
  lines: readonly LogEntry[];
  /** The first seq the panel shows: lines before it were cleared away. */
  from: number;
  /** The seq after the newest line seen (a count of the lines since the panel started). */
  next: number;
  /** Set while the engine does not answer; the lines go on by themselves once it does. */
  waiting?: ApiError;
  /** Set when the stream ended with an error. */
  error?: ApiError;
  clear(): void;
  /** Subscribes again (the window starts again from the history's newest lines). */
  reconnect(): void;
}

export function useLogFeed(): LogFeed {
  const [lines, setLines] = useState<readonly LogEntry[]>([]);
  const [from, setFrom] = useState(0);
  const [error, setError] = useState<ApiError>();
  const [waiting, setWaiting] = useState<ApiError>();
  const [attempt, setAttempt] = useState(0);
  const next = useRef(0);
  const fromRef = useRef(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: attempt only triggers a new subscription
  useEffect(() => {
    // Batches wait as columns: at a flush only the lines the window keeps become objects.
    const batcher = new Batcher<LogBatch>(
      (batches) => {
        const newest = newestEntries(batches, bufferCap);
        const kept = newest.filter((line) => line.seq >= fromRef.current); // what came before a Clear stays cleared
        // A transition: React renders the list in slices between other tasks instead of in one long task.
        startTransition(() => setLines((previous) => appendWindow(previous, kept, bufferCap)));
      },
      { maxPending: bufferCap },
    );
    const unsubscribe = api.subscribe(
      'logs',
      { tail: bufferCap },
      {
        event: (batch) => {
          next.current = Math.max(next.current, (batch.seq.at(-1) ?? -1) + 1);
          batcher.push(batch);
        },
        waiting: setWaiting,
        end: (ended) => {
          batcher.flushNow();
          setError(ended);
        },
      },
    );
    return () => {
      unsubscribe();
      batcher.dispose();
    };
  }, [attempt]);

  const clear = useCallback(() => {
    setLines([]);
    fromRef.current = next.current;
    setFrom(next.current);
  }, []);
  const reconnect = useCallback(() => {
    setLines([]);
    setError(undefined);
    setWaiting(undefined);
    setAttempt((n) => n + 1);
  }, []);
  return { lines, from, next: next.current, waiting, error, clear, reconnect };
}
