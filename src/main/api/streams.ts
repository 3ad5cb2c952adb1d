/** The contract's streams: each starts an engine-backed source and returns the function that ends it. */
import type { StreamName, Streams } from '@shared/contract';
import type { z } from 'zod';
import { followLessonLogs } from '../services/logs';
import { watchTopology } from '../services/topology';
import type { AppServices } from './services';

export type StreamSource<N extends StreamName> = (
  params: z.output<Streams[N]['input']>,
  emit: (event: z.input<Streams[N]['output']>) => void,
) => () => void;

export type StreamSources = { [N in StreamName]: StreamSource<N> };

/** Follows an engine-backed source while the engine is there, restarting it when the engine comes back. */
function whileConnected(
  services: AppServices,
  start: (engine: ReturnType<AppServices['engine']['require']>) => () => void,
): () => void {
  let stop: (() => void) | undefined;
  const unsubscribe = services.engine.subscribe((status) => {
    stop?.();
    stop = status.state === 'connected' ? start(services.engine.require()) : undefined;
  });
  return () => {
    unsubscribe();
    stop?.();
  };
}

export function createStreams(services: AppServices): StreamSources {
  return {
    engine: (_params, emit) => services.engine.subscribe(emit),
    step: (_params, emit) => services.steps.subscribe(emit),
    logs: ({ tail }, emit) => whileConnected(services, (engine) => followLessonLogs(engine, { tail }, emit)),
    networks: (_params, emit) => whileConnected(services, (engine) => watchTopology(engine, emit)),
    console: ({ sessionId }, emit) => services.consoles.subscribe(sessionId, emit),
  };
}
