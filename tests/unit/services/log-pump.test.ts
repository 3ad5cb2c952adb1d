// One reader of the log history: its backlog goes out whole, live lines at most once per logUpdateMs (the
// newest of them in a flood), and a line after a quiet spell at once.
import type { LogBatch, LogLine } from '@shared/contract';
import { logUpdateMs } from '@shared/contract/codes';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openFlow } from '../../../src/main/api/wires/flow';
import { type FeedSink, LogFeed } from '../../../src/main/services/log-feed';
import { frameLines, pumpLogs } from '../../../src/main/services/log-pump';

// Fake timers and clock: the pace is checked to the millisecond, whatever else the machine is doing.
const sleep = (ms: number) => vi.advanceTimersByTimeAsync(ms);
const line = (i: number): LogLine => ({
  containerId: 'f100d',
  container: 'flood',
  stream: 'stdout',
  text: String(i),
  time: '2026-11-30T00:00:00.000000000Z',
});

let stop: (() => void) | undefined;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setImmediate', 'performance'] });
});
afterEach(() => {
  stop?.();
  vi.useRealTimers();
});

/** A feed whose follow is `write`, and a reader of it recording each frame with its time. */
function setUp(tail: number, before = 0) {
  let sink: FeedSink | undefined;
  const feed = new LogFeed((given) => {
    sink = given;
    return () => undefined;
  });
  for (let i = 1; i <= before; i++) feed.history.append(line(i));
  const frames: Array<{ at: number; batch: LogBatch }> = [];
  stop = pumpLogs(feed, tail, {
    event: (batch) => frames.push({ at: performance.now(), batch }),
    waiting: () => undefined,
    resumed: () => undefined,
    end: () => undefined,
    flow: openFlow,
  });
  const write = (from: number, to: number) => {
    for (let i = from; i <= to; i++) sink?.event(line(i));
  };
  return { frames, write };
}

const texts = (frames: Array<{ batch: LogBatch }>) => frames.flatMap(({ batch }) => batch.text);

describe('a reader of the log history', () => {
  it('gets its backlog whole, frame after frame, without waiting', () => {
    const { frames } = setUp(3000, 4000);
    expect(frames.length).toBe(Math.ceil(3000 / frameLines));
    expect(texts(frames)).toEqual(Array.from({ length: 3000 }, (_, i) => String(1001 + i)));
  });

  it('gets a flood at most once per logUpdateMs, the newest lines each time, and the last one', async () => {
    const { frames, write } = setUp(0);
    const lines = 40_000;
    for (let i = 0; i < lines; i += 2000) {
      write(i + 1, i + 2000);
      await sleep(10);
    }
    const wroteLast = performance.now();
    await sleep(logUpdateMs + 60);
    const gaps = frames.slice(1).map((frame, i) => frame.at - (frames[i]?.at ?? 0));
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(logUpdateMs - 2); // timers may fire a hair early
    for (const { batch } of frames) expect(batch.seq.length).toBeLessThanOrEqual(frameLines);
    expect(texts(frames).length).toBeLessThan(lines / 2); // the others stay in the history
    const last = frames.at(-1);
    expect(last?.batch.text.at(-1)).toBe(String(lines));
    expect((last?.at ?? Number.POSITIVE_INFINITY) - wroteLast).toBeLessThan(logUpdateMs + 40);
    // Each frame goes on from the newest lines: ordered, no line twice.
    const seqs = frames.flatMap(({ batch }) => batch.seq);
    expect(seqs.every((seq, i) => i === 0 || seq > (seqs[i - 1] ?? -1))).toBe(true);
  });

  it('gets a burst up to a frame whole, and a line after a quiet spell at once', async () => {
    const { frames, write } = setUp(0);
    write(1, frameLines);
    await sleep(logUpdateMs + 40);
    expect(texts(frames)).toEqual(Array.from({ length: frameLines }, (_, i) => String(i + 1)));
    const before = frames.length;
    const wrote = performance.now();
    write(frameLines + 1, frameLines + 1);
    await sleep(40);
    expect(frames.length).toBe(before + 1);
    expect((frames.at(-1)?.at ?? Number.POSITIVE_INFINITY) - wrote).toBeLessThan(logUpdateMs / 2);
  });
});
