/** React hooks over the API client. */
import type { StreamEvent, StreamName, StreamParams } from '@shared/contract';
import { useCallback, useEffect, useRef, useState } from 'react';
import { type ApiError, api } from './client';

/** How a stream stands, besides its events. */
export interface StreamState {
  /** Set while the engine does not answer: the stream goes on by itself once it does. */
  waiting?: ApiError;
  /** Set when the stream ended with an error. */
  failed?: ApiError;
  /** Subscribes again (after `failed`). */
  reconnect(): void;
}

/** The latest event of a stream that sends whole snapshots (engine, networks), and how the stream stands. */
export function useLatest<N extends StreamName>(
  stream: N,
  params: StreamParams<N>,
): StreamState & { latest?: StreamEvent<N> } {
  const [latest, setLatest] = useState<StreamEvent<N>>();
  const [waiting, setWaiting] = useState<ApiError>();
  const [failed, setFailed] = useState<ApiError>();
  const [attempt, setAttempt] = useState(0);
  const key = JSON.stringify(params);
  // biome-ignore lint/correctness/useExhaustiveDependencies: params are compared by value through key; attempt resubscribes
  useEffect(() => {
    setFailed(undefined);
    setWaiting(undefined);
    return api.subscribe(stream, params, { event: setLatest, waiting: setWaiting, end: setFailed });
  }, [stream, key, attempt]);
  const reconnect = useCallback(() => setAttempt((n) => n + 1), []);
  return { latest, waiting, failed, reconnect };
}

/** Calls `onEvent` for every event of a stream while the component is mounted. */
export function useStream<N extends StreamName>(
  stream: N,
  params: StreamParams<N>,
  onEvent: (event: StreamEvent<N>) => void,
): void {
  const handler = useRef(onEvent);
  handler.current = onEvent;
  const key = JSON.stringify(params);
  // biome-ignore lint/correctness/useExhaustiveDependencies: params are compared by value through key
  useEffect(() => api.subscribe(stream, params, { event: (event) => handler.current(event) }), [stream, key]);
}
