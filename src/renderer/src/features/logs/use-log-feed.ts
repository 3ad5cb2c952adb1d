/** The `logs` stream (tail first, then follow) gathered into a capped buffer, updated in batches. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { type ApiError, api } from '../../api/client';
import { appendCapped, Batcher, bufferCap, type LogEntry } from './log-buffer';
import { plainText } from './log-format';

export const tailLines = 200;

export interface LogFeed {
  lines: readonly LogEntry[];
  /** Set while the engine does not answer; the lines go on by themselves once it does. */
  waiting?: ApiError;
  /** Set when the stream ended with an error. */
  error?: ApiError;
  clear(): void;
  /** Subscribes again (the tail arrives again, so the buffer starts empty). */
  reconnect(): void;
}

export function useLogFeed(): LogFeed {
  const [lines, setLines] = useState<readonly LogEntry[]>([]);
  const [error, setError] = useState<ApiError>();
  const [waiting, setWaiting] = useState<ApiError>();
  const [attempt, setAttempt] = useState(0);
  const seq = useRef(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: attempt only triggers a new subscription
  useEffect(() => {
    const batcher = new Batcher<LogEntry>((batch) => setLines((previous) => appendCapped(previous, batch, bufferCap)));
    const unsubscribe = api.subscribe(
      'logs',
      { tail: tailLines },
      {
        event: (line) => batcher.push({ ...line, text: plainText(line.text), seq: seq.current++ }),
        waiting: (why) => {
          setWaiting(why);
          // Resumed: the stream starts again with each container's tail, which the buffer already holds.
          if (!why) {
            batcher.dispose();
            setLines([]);
          }
        },
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

  const clear = useCallback(() => setLines([]), []);
  const reconnect = useCallback(() => {
    setLines([]);
    setError(undefined);
    setWaiting(undefined);
    setAttempt((n) => n + 1);
  }, []);
  return { lines, waiting, error, clear, reconnect };
}
