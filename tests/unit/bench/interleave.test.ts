import { describe, expect, it } from 'vitest';
import { compare } from '../../../bench/lib/interleave';

/** A side whose samples count up from `first`, noting each run in `order`. */
function side(name: string, first: number, order: string[]) {
  let next = first;
  return async () => {
    order.push(name);
    return next++;
  };
}

describe('bench interleave', () => {
  it('alternates which side goes first, leaves the warm-up out, and compares the medians', async () => {
    const order: string[] = [];
    const measure = await compare({
      id: 'x',
      title: 'x',
      unit: 'ms',
      against: 'ref',
      rounds: 3,
      warmup: 1,
      app: side('app', 100, order),
      reference: side('ref', 10, order),
    });
    expect(order).toEqual(['app', 'ref', 'ref', 'app', 'app', 'ref', 'ref', 'app']);
    // The warm-up's samples (100, 10) are not recorded.
    expect(measure.app).toMatchObject({ n: 3, min: 101, median: 102, max: 103 });
    expect(measure.reference).toEqual({ label: 'ref', summary: expect.objectContaining({ n: 3, median: 12 }) });
    expect(measure.ratio).toBe(102 / 12);
    expect(measure).toMatchObject({ id: 'x', title: 'x', unit: 'ms' });
  });
});
