/** Follow streams (events, logs) that are still open, per client: a stop() that forgets one shows up here. */
import type Dockerode from 'dockerode';

const open = new WeakMap<Dockerode, Set<NodeJS.ReadableStream>>();

/** Counts `stream` as open until it closes (ends, fails or is destroyed). */
export function trackStream(docker: Dockerode, stream: NodeJS.ReadableStream): void {
  const streams = open.get(docker) ?? new Set();
  open.set(docker, streams);
  streams.add(stream);
  stream.once('close', () => streams.delete(stream));
}

export function openStreamCount(docker: Dockerode): number {
  return open.get(docker)?.size ?? 0;
}

/** Ends a follow stream from our side; the error an aborted response emits is expected, not a failure. */
export function destroyStream(stream: NodeJS.ReadableStream): void {
  stream.on('error', () => undefined);
  (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
}
