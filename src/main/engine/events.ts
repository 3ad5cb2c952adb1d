/** `GET /events`, followed: container and network events as they happen, normalized. */
import type { EventAnswer } from './api-types';
import { engineCall } from './errors';
import { LineSplitter } from './line-splitter';
import { doing } from './messages';
import type { EngineClient } from './transport/client';
import { type Labels, labelFilter } from './types';

export type EngineEventType = 'container' | 'network';

export interface EngineEvent {
  type: EngineEventType;
  /** e.g. start, die, destroy, rename, create, connect, disconnect. */
  action: string;
  /** The container's or network's id. */
  id: string;
  /** Container events: name, image and labels; network events: name, type, container (the endpoint's). */
  attributes: Record<string, string>;
  /** Milliseconds since the epoch. */
  time: number;
}

export interface EventOptions {
  /** Only events whose actor carries these labels (network events carry none, so they would all be dropped). */
  labels?: Labels;
  /** The stream ended without stop() (the engine went away); `error` when it failed. */
  onEnd?: (error?: Error) => void;
}

/** Newer engines drop the top-level status/id fields: only Type, Action and Actor are read. */
export function normalizeEvent(raw: EventAnswer): EngineEvent | undefined {
  if (raw.Type !== 'container' && raw.Type !== 'network') return undefined;
  if (!raw.Action || !raw.Actor?.ID) return undefined;
  const time = raw.timeNano ? Math.floor(raw.timeNano / 1e6) : (raw.time ?? 0) * 1000;
  return { type: raw.Type, action: raw.Action, id: raw.Actor.ID, attributes: raw.Actor.Attributes ?? {}, time };
}

function parseLine(line: string): EngineEvent | undefined {
  if (!line.trim()) return undefined;
  try {
    return normalizeEvent(JSON.parse(line) as EventAnswer);
  } catch {
    return undefined; // not JSON: nothing the app can act on
  }
}

/** Follows the engine's events; resolves once the engine accepted the request, with the function that stops. */
export async function followEvents(
  client: EngineClient,
  onEvent: (event: EngineEvent) => void,
  options: EventOptions = {},
): Promise<() => void> {
  const filters: Record<string, string[]> = { type: ['container', 'network'] };
  if (options.labels) filters.label = labelFilter(options.labels);
  const stream = await engineCall(doing.followingEvents, () =>
    client.stream({ method: 'GET', path: '/events', query: { filters: JSON.stringify(filters) } }),
  );
  let stopped = false;
  const lines = new LineSplitter((line) => {
    const event = parseLine(line);
    if (event && !stopped) onEvent(event);
  });
  const ended = (error?: Error) => {
    if (stopped) return;
    stopped = true;
    options.onEnd?.(error);
  };
  stream.on('data', (chunk: Buffer) => lines.write(chunk));
  stream.on('error', (error: Error) => ended(error));
  stream.on('close', () => ended());
  return () => {
    stopped = true;
    stream.destroy();
  };
}
