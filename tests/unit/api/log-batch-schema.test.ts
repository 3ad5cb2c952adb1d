// The log batch's columns are checked in one loop each (a flood checks a million values): they still
// refuse what z.array refused.
import { logBatchMax, logBatchSchema, logPageSchema } from '@shared/contract';
import { describe, expect, it } from 'vitest';

const batch = {
  sources: [{ containerId: 'id-web', container: 'web', stream: 'stdout' }],
  seq: [7, 8],
  source: [0, 0],
  text: ['a', ''],
  time: ['2026-11-30T10:11:12.123456789Z', '2026-11-30T10:11:12.223456789Z'],
};

describe('log batch schema', () => {
  it('takes a batch of columns, and a page with its more flag', () => {
    expect(logBatchSchema.parse(batch)).toEqual(batch);
    expect(logPageSchema.parse({ ...batch, more: true }).more).toBe(true);
  });

  it.each([
    ['a negative seq', { seq: [-1, 8] }],
    ['a fractional seq', { seq: [7.5, 8] }],
    ['a seq as text', { seq: ['7', 8] }],
    ['a source index as text', { source: [0, '0'] }],
    ['a text that is no string', { text: ['a', 1] }],
    ['a missing time', { time: ['2026-11-30T10:11:12Z', undefined] }],
    ['a column that is no array', { text: 'a' }],
    ['a column longer than a batch', { text: Array(logBatchMax + 1).fill('') }],
  ])('refuses %s', (_, change) => {
    const result = logBatchSchema.safeParse({ ...batch, ...change });
    expect(result.success).toBe(false);
  });
});
