// The main process's log history: columns numbered by seq, read in batches, searched and paged from
// the newest, and bounded by its byte budget (the oldest lines go, whole chunks at a time).
import type { LogLine } from '@shared/contract';
import { describe, expect, it } from 'vitest';
import { LogHistory } from '../../../src/main/services/log-history';

const time = '2026-11-30T10:11:12.123456789Z';
const line = (text: string, container = 'web', stream: LogLine['stream'] = 'stdout'): LogLine => ({
  containerId: `id-${container}`,
  container,
  stream,
  text,
  time,
});

function filled(count: number, history = new LogHistory()): LogHistory {
  for (let i = 0; i < count; i++) history.append(line(String(i)));
  return history;
}

describe('LogHistory', () => {
  it('reads consecutive lines in columns, each container once per batch', () => {
    const history = new LogHistory();
    history.append(line('a', 'web'));
    history.append(line('oops', 'redis', 'stderr'));
    history.append(line('b', 'web'));
    expect(history.read(0, 10)).toEqual({
      sources: [
        { containerId: 'id-web', container: 'web', stream: 'stdout' },
        { containerId: 'id-redis', container: 'redis', stream: 'stderr' },
      ],
      seq: [0, 1, 2],
      source: [0, 1, 0],
      text: ['a', 'oops', 'b'],
      time: [time, time, time],
    });
    expect(history.read(1, 1)).toMatchObject({ seq: [1], source: [0], text: ['oops'] });
    expect(history.read(3, 10).seq).toEqual([]);
    expect(history.read(0, 10, 2).text).toEqual(['a', 'oops']); // about 2 characters: stops after passing them
  });

  it('keeps a node in its source', () => {
    const history = new LogHistory();
    history.append({ ...line('ready', 'node1/redis'), node: 'node1' });
    expect(history.read(0, 1).sources).toEqual([
      { containerId: 'id-node1/redis', container: 'node1/redis', node: 'node1', stream: 'stdout' },
    ]);
  });

  it('holds 200,000 lines and finds the first and a middle one by search, oldest first', () => {
    const history = filled(200_000);
    expect(history.first).toBe(0);
    expect(history.next).toBe(200_000);
    expect(history.page({ query: '9999', limit: 3 }).text).toEqual(['199997', '199998', '199999']);
    const first = history.page({ query: 'web', limit: 1, before: 1 });
    expect(first).toMatchObject({ seq: [0], text: ['0'], more: false });
    expect(history.page({ query: '123456', limit: 10 })).toMatchObject({ seq: [123456], more: false });
  });

  it('pages the newest matches before a point, and says when older ones are left', () => {
    const history = filled(100);
    const newest = history.page({ query: '7', limit: 3 });
    expect(newest).toMatchObject({ text: ['79', '87', '97'], more: true });
    const older = history.page({ query: '7', limit: 3, before: newest.seq[0] });
    expect(older.text).toEqual(['76', '77', '78']);
    expect(history.page({ query: '7', limit: 100, before: 10 })).toMatchObject({ text: ['7'], more: false });
    // `from`: a cleared panel does not get lines from before its Clear.
    expect(history.page({ limit: 100, from: 95 }).text).toEqual(['95', '96', '97', '98', '99']);
    // Any case; a container's name matches all its lines; special characters are plain text.
    history.append(line('Ready (1.2.3)', 'redis'));
    expect(history.page({ query: 'ready (1.2', limit: 5 }).text).toEqual(['Ready (1.2.3)']);
    expect(history.page({ query: 'REDIS', limit: 5 }).text).toEqual(['Ready (1.2.3)']);
    expect(history.page({ query: '.*', limit: 5 }).text).toEqual([]);
  });

  it('drops the oldest lines past its budget, and reads go on from the oldest kept', () => {
    const history = filled(100_000, new LogHistory(1024 * 1024));
    expect(history.sizeBytes).toBeLessThanOrEqual(1024 * 1024);
    expect(history.first).toBeGreaterThan(0);
    expect(history.next).toBe(100_000);
    expect(history.read(0, 2).seq).toEqual([history.first, history.first + 1]);
    expect(history.page({ limit: 1, before: history.first + 1 })).toMatchObject({ seq: [history.first], more: false });
    expect(history.page({ query: '99999', limit: 1 }).seq).toEqual([99_999]);
  });
});
