/**
 * The contract's streams: each starts a source and returns the function that ends it. A source tells
 * its sink about events, about waiting for the engine (and going on again), and about its end.
 */
import type { StreamName, Streams } from '@shared/contract';
import { AppError } from '@shared/errors';
import { say } from '@shared/messages';
import type { z } from 'zod';
import type { Engine } from '../engine';
import { statusText } from '../services/engine-session';
import type { EventFollow } from '../services/event-hub';
import { LogFeed } from '../services/log-feed';
import { pumpLogs } from '../services/log-pump';
import { followLessonLogs } from '../services/logs';
import { serviceErrors } from '../services/messages';
import { followTopology } from '../services/topology';
import type { AppServices } from './services';
import type { WireFlow } from './wires/flow';

export interface StreamSink<E> {
  event(event: E): void;
  /** The engine does not answer: nothing comes until it does, then the source goes on by itself. */
  waiting(error: AppError): void;
  /** Events come again after `waiting`. */
  resumed(): void;
  /** Nothing more will come; `error` says why when the source failed. */
  end(error?: unknown): void;
  /** Whether the wire takes more now: a source that can wait sends only then. */
  flow: WireFlow;
}

export type StreamSource<N extends StreamName> = (
  params: z.output<Streams[N]['input']>,
  sink: StreamSink<z.input<Streams[N]['output']>>,
) => () => void;

export type StreamSources = { [N in StreamName]: StreamSource<N> };

/** Starts an engine-backed source; `fail` is for its errors. Returns the function that stops it. */
type EngineSource = (engine: Engine, events: EventFollow, fail: (error: Error) => void) => () => void;

/** What a stream says while it waits (the renderer shows its own words for the code). */
function waitingFor(services: AppServices): AppError {
  const status = services.engine.status;
  const why = status.state === 'unavailable' ? statusText(status) : serviceErrors.stillLooking;
  return new AppError('ENGINE_UNAVAILABLE', say(serviceErrors.waitingForEngine, { why }));
}

/**
 * Runs the source while the engine is connected; while it is not, the stream waits, and it starts the
 * source afresh when the engine is back. A source that fails makes the session ask the engine: if it
 * is gone the stream waits, otherwise the stream ends with the error.
 */
function whileConnected<E>(services: AppServices, sink: Omit<StreamSink<E>, 'flow'>, start: EngineSource): () => void {
  let stop: (() => void) | undefined;
  let waiting = false;
  /** Counts the source's starts and stops: an error reported by an earlier run is stale. */
  let run = 0;
  const failed = (which: number) => (error: Error) => {
    void services.engine.verify().then(() => {
      if (which === run && stop) sink.end(error);
    });
  };
  const halt = () => {
    stop?.();
    stop = undefined;
    run++;
  };
  const unsubscribe = services.engine.subscribe((status) => {
    if (status.state !== 'connected') {
      halt();
      if (status.state === 'unavailable' && !waiting) {
        waiting = true;
        sink.waiting(waitingFor(services));
      }
      return;
    }
    if (stop) return;
    if (waiting) sink.resumed();
    waiting = false;
    stop = start(services.engine.require(), services.engine.events(), failed(++run));
  });
  return () => {
    unsubscribe();
    halt();
  };
}

/** A console ends with its process, or when the engine goes away (its TTY goes with it). */
function followConsole(
  services: AppServices,
  sessionId: string,
  sink: StreamSink<{ data: string } | { exit: number }>,
): () => void {
  const stopConsole = services.consoles.subscribe(sessionId, (event) => {
    sink.event(event);
    if ('exit' in event) sink.end();
  });
  const unwatch = services.engine.subscribe((status) => {
    if (status.state !== 'connected') sink.end(waitingFor(services));
  });
  return () => {
    stopConsole();
    unwatch();
  };
}

/** Lines from the end of each container's log that the history starts with. */
const historyTail = 5000;
const feeds = new WeakMap<AppServices, LogFeed>();

/** The app's one log follow and history, shared by every `logs` stream and `logs.history`. */
export function logFeedOf(services: AppServices): LogFeed {
  let feed = feeds.get(services);
  if (!feed) {
    feed = new LogFeed((sink, lastTimes) =>
      whileConnected(services, sink, (engine, events, fail) =>
        followLessonLogs(engine, { tail: historyTail, events, lastTimes }, sink.event, fail),
      ),
    );
    feeds.set(services, feed);
  }
  return feed;
}

export function createStreams(services: AppServices): StreamSources {
  return {
    engine: (_params, sink) => services.engine.subscribe(sink.event),
    step: (_params, sink) => services.steps.subscribe(sink.event),
    logs: ({ tail }, sink) => pumpLogs(logFeedOf(services), tail, sink),
    networks: (_params, sink) =>
      whileConnected(services, sink, (engine, events, fail) => followTopology(engine, events, sink.event, fail)),
    console: ({ sessionId }, sink) => followConsole(services, sessionId, sink),
  };
}
