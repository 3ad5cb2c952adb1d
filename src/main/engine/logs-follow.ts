/**
 * `docker logs -f -t --tail N`: a container's log lines as they are written, each with the time the
 * engine stamped it with. Non-TTY logs are framed per stream; a TTY container's log is one raw stream.
 */

import { say } from '@shared/messages';
import type { OutputStream } from '@shared/results';
import type { ContainerInspectAnswer } from './api-types';
import { demuxText, readBuffered } from './demux';
import { engineCall } from './errors';
import { LineSplitter } from './line-splitter';
import { doing } from './messages';
import type { EngineClient } from './transport/client';
import { enginePath } from './transport/path';

export interface LogEntry {
  stream: OutputStream;
  /** One line, without its line ending. */
  text: string;
  /** RFC 3339 (nanoseconds), as the engine stamped the line. */
  time: string;
}

export interface LogFollowOptions {
  /** Lines from the end to start with; all of them when omitted. */
  tail?: number;
  /** Only lines logged after this RFC 3339 time (a line the caller already has). */
  after?: string;
  /** The stream ended without stop(): the container stopped, or the engine went away (`error`). */
  onEnd?: (error?: Error) => void;
}

/** "2024-05-01T10:00:00.123456789Z text" → time and text. */
export function splitTimestamp(line: string): { time: string; text: string } {
  const text = line.endsWith('\r') ? line.slice(0, -1) : line;
  const space = text.indexOf(' ');
  const time = space > 0 ? text.slice(0, space) : '';
  if (!/^\d{4}-\d\d-\d\dT/.test(time)) return { time: new Date().toISOString(), text };
  return { time, text: text.slice(space + 1) };
}

/** The engine's `since` (seconds.nanoseconds, inclusive) one nanosecond after an RFC 3339 time. */
export function sinceAfter(time: string): string | undefined {
  const match = /^([^.]+?)(?:\.(\d{1,9}))?(Z|[+-]\d\d:\d\d)$/.exec(time);
  const ms = match ? Date.parse(`${match[1]}${match[3]}`) : Number.NaN;
  if (!match || Number.isNaN(ms)) return undefined;
  let seconds = Math.floor(ms / 1000);
  let nanos = Number((match[2] ?? '').padEnd(9, '0')) + 1;
  if (nanos >= 1e9) [seconds, nanos] = [seconds + 1, nanos - 1e9];
  return `${seconds}.${String(nanos).padStart(9, '0')}`;
}

async function hasTty(client: EngineClient, id: string): Promise<boolean> {
  const raw = await engineCall(say(doing.inspectingContainer, { name: id }), () =>
    client.json<ContainerInspectAnswer>({ method: 'GET', path: enginePath`/containers/${id}/json` }),
  );
  return raw.Config.Tty === true;
}

/** Feeds the stream's text into one line splitter per output stream; resolves at the stream's end or close. */
function readLines(stream: NodeJS.ReadableStream, tty: boolean, onEntry: (entry: LogEntry) => void): Promise<void> {
  const splitter = (name: OutputStream) =>
    new LineSplitter((line) => onEntry({ stream: name, ...splitTimestamp(line) }));
  const splitters = { stdout: splitter('stdout'), stderr: splitter('stderr') };
  const flush = () => {
    splitters.stdout.end();
    splitters.stderr.end();
  };
  return new Promise((resolve, reject) => {
    // Closed without an end: after any flush of a normal end.
    stream.on('close', () => setImmediate(resolve));
    if (!tty) {
      demuxText(stream, (chunk) => splitters[chunk.stream].write(chunk.text)).then(() => resolve(flush()), reject);
      return;
    }
    readBuffered(stream, (data) => splitters.stdout.write(data));
    stream.on('end', () => resolve(flush()));
    stream.on('error', reject);
  });
}

interface LogRead {
  follow: boolean;
  tail?: number;
  /** RFC 3339: only lines after it. */
  after?: string;
}

function openLogs(client: EngineClient, id: string, read: LogRead): ReturnType<EngineClient['stream']> {
  const since = read.after ? sinceAfter(read.after) : undefined;
  const query = { follow: read.follow, stdout: true, stderr: true, timestamps: true, tail: read.tail, since };
  return engineCall(doing.followingLogs, () =>
    client.stream({ method: 'GET', path: enginePath`/containers/${id}/logs`, query }),
  );
}

/**
 * Follows a container's logs; resolves once the engine answered, with the function that stops. When the
 * engine ends the follow (the container stopped), the lines after the last one read are read once more
 * without following: Docker 20.10 can end the follow of a container that wrote fast and exited long before
 * its last line (at ~30,000 of 200,000), with no error. So every follower gets the whole log.
 */
export async function followLogs(
  client: EngineClient,
  id: string,
  onEntry: (entry: LogEntry) => void,
  options: LogFollowOptions = {},
): Promise<() => void> {
  const tty = await hasTty(client, id);
  let last = options.after;
  let stream = await openLogs(client, id, { follow: true, tail: options.tail, after: last });
  let stopped = false;
  const take = (entry: LogEntry) => {
    if (stopped) return;
    last = entry.time;
    onEntry(entry);
  };
  const ended = (error?: Error) => {
    if (stopped) return;
    stopped = true;
    options.onEnd?.(error);
  };
  const readOn = async () => {
    await readLines(stream, tty, take);
    if (stopped) return;
    const before = last;
    stream = await openLogs(client, id, { follow: false, ...(before ? { after: before } : { tail: options.tail }) });
    if (stopped) return stream.destroy();
    await readLines(stream, tty, take);
  };
  readOn().then(
    () => ended(),
    (error: Error) => ended(error),
  );
  return () => {
    stopped = true;
    stream.destroy();
  };
}
