import type { LogLine } from '@shared/contract';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  appendCapped,
  appendWindow,
  Batcher,
  colorIndex,
  countNewer,
  entriesOf,
  filterLines,
  type LogEntry,
  matchesQuery,
} from '../../../src/renderer/src/features/logs/log-buffer';
import { formatLines, logFileName, plainText } from '../../../src/renderer/src/features/logs/log-format';

function line(text: string, container = 'redis', stream: LogLine['stream'] = 'stdout'): LogLine {
  return { containerId: `id-${container}`, container, stream, text, time: '2024-05-01T10:11:12.123456789Z' };
}

describe('appendCapped', () => {
  it('keeps everything below the cap', () => {
    expect(appendCapped([1, 2], [3], 5)).toEqual([1, 2, 3]);
  });

  it('drops the oldest lines beyond the cap', () => {
    expect(appendCapped([1, 2, 3, 4], [5, 6, 7], 5)).toEqual([3, 4, 5, 6, 7]);
  });

  it('keeps only the newest of a batch larger than the cap', () => {
    expect(appendCapped([1, 2], [3, 4, 5, 6, 7, 8], 3)).toEqual([6, 7, 8]);
  });

  it('holds 5,000 lines after 20,000 arrive in batches', () => {
    let lines: number[] = [];
    for (let i = 0; i < 200; i++) {
      lines = appendCapped(
        lines,
        Array.from({ length: 100 }, (_, j) => i * 100 + j),
        5000,
      );
    }
    expect(lines).toHaveLength(5000);
    expect(lines[0]).toBe(15_000);
    expect(lines.at(-1)).toBe(19_999);
  });
});

describe('stream batches', () => {
  const entry = (seq: number): LogEntry => ({ ...line(String(seq)), seq });
  const seqs = (lines: readonly LogEntry[]) => lines.map((l) => l.seq);

  it('turns a batch of columns into lines, readable as a terminal shows them', () => {
    const batch = {
      sources: [
        { containerId: 'a1', container: 'web', stream: 'stdout' as const },
        { containerId: 'b2', container: 'node1/redis', node: 'node1', stream: 'stderr' as const },
      ],
      seq: [7, 8],
      source: [1, 0],
      text: ['\x1b[31mred\x1b[0m', 'plain'],
      time: ['t7', 't8'],
    };
    expect(entriesOf(batch)).toEqual([
      { containerId: 'b2', container: 'node1/redis', node: 'node1', stream: 'stderr', text: 'red', time: 't7', seq: 7 },
      { containerId: 'a1', container: 'web', stream: 'stdout', text: 'plain', time: 't8', seq: 8 },
    ]);
  });

  it('keeps the window one unbroken run: after a skip it holds only the lines after it', () => {
    const window = [entry(1), entry(2)];
    expect(seqs(appendWindow(window, [entry(3), entry(4)], 5))).toEqual([1, 2, 3, 4]);
    expect(seqs(appendWindow(window, [entry(3), entry(4), entry(5), entry(6)], 3))).toEqual([4, 5, 6]);
    expect(seqs(appendWindow(window, [entry(9), entry(10)], 5))).toEqual([9, 10]);
    expect(seqs(appendWindow(window, [entry(3), entry(7), entry(8)], 5))).toEqual([7, 8]);
    expect(seqs(appendWindow([], [entry(5)], 5))).toEqual([5]);
  });
  it('counts the lines after a paused snapshot by seq, the ones a flood skipped too', () => {
    const snapshot = [entry(10), entry(11)];
    expect(countNewer([entry(11), entry(12), entry(13)], snapshot)).toBe(2);
    expect(countNewer([entry(5000), entry(5001)], snapshot)).toBe(4990); // lines 12..4999 never reached the page
    expect(countNewer(snapshot, snapshot)).toBe(0);
    expect(countNewer([], [])).toBe(0);
  });
});

describe('Batcher', () => {
  afterEach(() => vi.useRealTimers());

  it('hands over everything pushed within an interval as one batch', () => {
    vi.useFakeTimers();
    const batches: number[][] = [];
    const batcher = new Batcher<number>((batch) => batches.push(batch), { intervalMs: 100, maxPending: 1000 });
    for (let i = 0; i < 500; i++) batcher.push(i);
    expect(batches).toHaveLength(0);
    vi.advanceTimersByTime(99);
    expect(batches).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(batches).toHaveLength(1);
    expect(batches[0]).toHaveLength(500);
  });

  it('flushes at most once per interval however fast items arrive', () => {
    vi.useFakeTimers();
    let flushes = 0;
    const batcher = new Batcher<number>(() => flushes++, { intervalMs: 100, maxPending: 1000 });
    for (let ms = 0; ms < 1000; ms++) {
      batcher.push(ms);
      vi.advanceTimersByTime(1);
    }
    expect(flushes).toBe(10);
  });

  it('passes at most maxPending of the newest items', () => {
    vi.useFakeTimers();
    const batches: number[][] = [];
    const batcher = new Batcher<number>((batch) => batches.push(batch), { intervalMs: 100, maxPending: 10 });
    for (let i = 0; i < 1000; i++) batcher.push(i);
    vi.advanceTimersByTime(100);
    expect(batches[0]).toEqual([990, 991, 992, 993, 994, 995, 996, 997, 998, 999]);
  });

  it('drops pending items and never flushes after dispose', () => {
    vi.useFakeTimers();
    const flush = vi.fn();
    const batcher = new Batcher<number>(flush, { intervalMs: 100, maxPending: 10 });
    batcher.push(1);
    batcher.dispose();
    vi.advanceTimersByTime(1000);
    expect(flush).not.toHaveBeenCalled();
  });
});

describe('search filter', () => {
  const lines = [
    line('Ready to accept connections'),
    line('GET /', 'web'),
    line('WARNING overcommit', 'redis', 'stderr'),
  ];

  it('matches text and container names, ignoring case and surrounding spaces', () => {
    expect(matchesQuery(lines[0] as LogLine, '  ready ')).toBe(true);
    expect(filterLines(lines, 'WEB').map((l) => l.text)).toEqual(['GET /']);
    expect(filterLines(lines, 'warning')).toHaveLength(1);
  });

  it('returns every line for an empty query', () => {
    expect(filterLines(lines, '   ')).toBe(lines);
  });

  it('returns nothing when no line matches', () => {
    expect(filterLines(lines, 'nope')).toEqual([]);
  });
});

describe('colours and export', () => {
  it('gives a container name the same colour every time', () => {
    expect(colorIndex('redis-server', 8)).toBe(colorIndex('redis-server', 8));
    const used = new Set(['redis', 'web', 'redis-server', 'alpine', 'app'].map((name) => colorIndex(name, 8)));
    expect(used.size).toBeGreaterThan(1);
  });

  it('formats copied lines like docker compose logs, with the engine stamp when asked', () => {
    expect(formatLines([line('a'), line('b', 'web')], false)).toBe('redis | a\nweb | b\n');
    expect(formatLines([line('a')], true)).toBe('2024-05-01T10:11:12.123456789Z redis | a\n');
  });

  it('names saved files after the local time', () => {
    expect(logFileName(new Date(2024, 4, 1, 9, 8, 7))).toBe('container-talk-2024-05-01T09-08-07.log');
  });

  it('shows terminal output as plain text: no escape sequences, only what follows the last carriage return', () => {
    expect(plainText('\x1b[32mReady\x1b[0m to accept\r')).toBe('Ready to accept');
    expect(plainText('\x1b]0;title\x07redis:6379> \x1b[0K\x1b[13CGET\x1b[0;90;49m key\x1b[0m')).toBe(
      'redis:6379> GET key',
    );
    expect(plainText('Downloading 10%\rDownloading 100%')).toBe('Downloading 100%');
    expect(plainText('tab\there\x07')).toBe('tab\there');
  });
});
