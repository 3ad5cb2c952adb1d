/** React hooks over the API client. */
import type { StreamEvent, StreamName, StreamParams } from '@shared/contract';
import { useEffect, useRef, useState } from 'react';
import { api } from './client';

/** The latest event of a stream (for streams that send whole snapshots: engine, networks). */
export function useLatest<N extends StreamName>(stream: N, params: StreamParams<N>): StreamEvent<N> | undefined {
  const [latest, setLatest] = useState<StreamEvent<N>>();
  const key = JSON.stringify(params);
  // biome-ignore lint/correctness/useExhaustiveDependencies: params are compared by value through key
  useEffect(() => api.subscribe(stream, params, setLatest), [stream, key]);
  return latest;
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
  useEffect(() => api.subscribe(stream, params, (event) => handler.current(event)), [stream, key]);
}
