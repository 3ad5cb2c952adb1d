/**
 * The logs panel's data handling, free of React and the DOM: a capped window of the newest lines, a
 * batcher that turns a flood of stream batches into at most one update per interval, and the search filter.
 */
import type { LogBatch, LogLine } from '@shared/contract';
import { logBatchMax, logUpdateMs } from '@shared/contract/codes';
import { plainText } from './log-format';

/** A log line with its number in the main process's history (the list's stable key). */
export interface LogEntry extends LogLine {
  seq: number;
}

/** The window holds as many lines as one stream batch carries at most. */
export const bufferCap = logBatchMax;

/** A batch's columns (from line `start` on) as lines, their text as readable as a terminal shows it. */
export function entriesOf(batch: LogBatch, start = 0): LogEntry[] {
  const entries: LogEntry[] = new Array(Math.max(0, batch.seq.length - start));
  for (let i = start; i < batch.seq.length; i++) {
    const source = batch.sources[batch.source[i] as number];
    entries[i - start] = {
      containerId: source?.containerId ?? '',
      container: source?.container ?? '',
      ...(source?.node ? { node: source.node } : {}),
      stream: source?.stream ?? 'stdout',
      text: plainText(batch.text[i] as string),
      time: batch.time[i] as string,
      seq: batch.seq[i] as number,
    };
  }
  return entries;
}

/** The newest `cap` lines of a run of batches: only those become objects (a flood's others never do). */
export function newestEntries(batches: readonly LogBatch[], cap: number): LogEntry[] {
  const parts: LogEntry[][] = [];
  let left = cap;
  for (let b = batches.length - 1; b >= 0 && left > 0; b--) {
    const batch = batches[b] as LogBatch;
    const start = Math.max(0, batch.seq.length - left);
    parts.push(entriesOf(batch, start));
    left -= batch.seq.length - start;
  }
  return parts.reverse().flat();
}

/**
 * Appends newer lines to the window, which stays one unbroken run of the history: after a skip (the
 * stream went on from its newest lines) it holds only the new ones; older ones are paged in on demand.
 */
export function appendWindow(lines: readonly LogEntry[], batch: readonly LogEntry[], cap: number): LogEntry[] {
  let start = batch.length - 1;
  while (start > 0 && (batch[start] as LogEntry).seq === (batch[start - 1] as LogEntry).seq + 1) start--;
  const run = start > 0 ? batch.slice(start) : batch;
  const last = lines.at(-1);
  const joins = start === 0 && (!last || !batch[0] || batch[0].seq === last.seq + 1);
  return appendCapped(joins ? lines : [], run, cap);
}

/** Appends a batch and keeps only the newest `cap` lines. */
export function appendCapped<T>(lines: readonly T[], batch: readonly T[], cap: number): T[] {
  if (batch.length >= cap) return batch.slice(batch.length - cap);
  const kept = Math.max(0, lines.length + batch.length - cap);
  return lines.slice(kept).concat(batch);
}

export interface Timers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const globalTimers: Timers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Collects items and hands them over in one batch at most every `intervalMs`. A timer, not
 * requestAnimationFrame: animation frames stop in a hidden window while the stream goes on.
 */
export interface BatcherOptions {
  intervalMs: number;
  /** The most items a batch carries; older ones are dropped (the buffer would drop them anyway). */
  maxPending: number;
  timers: Timers;
}

export class Batcher<T> {
  private pending: T[] = [];
  private timer: unknown;
  private readonly options: BatcherOptions;

  constructor(
    private readonly flush: (batch: T[]) => void,
    options: Partial<BatcherOptions> = {},
  ) {
    this.options = { intervalMs: logUpdateMs, maxPending: bufferCap, timers: globalTimers, ...options };
  }

  push(...items: T[]): void {
    for (const item of items) this.pending.push(item);
    if (this.pending.length > this.options.maxPending * 2) this.pending = this.pending.slice(-this.options.maxPending);
    if (this.timer === undefined) this.timer = this.options.timers.set(() => this.flushNow(), this.options.intervalMs);
  }

  flushNow(): void {
    this.stopTimer();
    if (this.pending.length === 0) return;
    const batch = this.pending.slice(-this.options.maxPending);
    this.pending = [];
    this.flush(batch);
  }

  /** Drops what is pending and stops the timer. */
  dispose(): void {
    this.stopTimer();
    this.pending = [];
  }

  private stopTimer(): void {
    if (this.timer !== undefined) this.options.timers.clear(this.timer);
    this.timer = undefined;
  }
}

/** Whether a line's text or container name contains the query (case-insensitive). */
export function matchesQuery(line: LogLine, query: string): boolean {
  const needle = query.trim().toLowerCase();
  if (needle === '') return true;
  return line.text.toLowerCase().includes(needle) || line.container.toLowerCase().includes(needle);
}

export function filterLines<T extends LogLine>(lines: readonly T[], query: string): readonly T[] {
  return query.trim() === '' ? lines : lines.filter((line) => matchesQuery(line, query));
}

/** A stable palette index for a container name (same name, same colour, across sessions). */
export function colorIndex(name: string, paletteSize: number): number {
  let hash = 0;
  for (let i = 0; i < name.length; i++) hash = (Math.imul(hash, 31) + name.charCodeAt(i)) | 0;
  return Math.abs(hash) % paletteSize;
}

/**
 * How many lines the history got after the newest of `snapshot`, up to the newest of `lines`: seqs number
 * the history, so the lines a flood skipped (never sent to the page) count too.
 */
export function countNewer(lines: readonly LogEntry[], snapshot: readonly LogEntry[]): number {
  return Math.max(0, (lines.at(-1)?.seq ?? -1) - (snapshot.at(-1)?.seq ?? -1));
}
