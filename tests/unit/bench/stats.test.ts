import { describe, expect, it } from 'vitest';
import { quantile, round, summarize } from '../../../bench/lib/stats';

describe('bench stats', () => {
  it('summarizes unsorted samples: min, median, p95, max, n', () => {
    expect(summarize([5, 1, 3, 2, 4])).toEqual({ n: 5, min: 1, median: 3, p95: 4.8, max: 5 });
  });

  it('takes the mean of the two middle samples for an even count', () => {
    expect(summarize([10, 40, 20, 30]).median).toBe(25);
  });

  it('gives a single sample as every statistic', () => {
    expect(summarize([7])).toEqual({ n: 1, min: 7, median: 7, p95: 7, max: 7 });
  });

  it('refuses a quantile of nothing, and summarizes nothing as NaN', () => {
    expect(() => quantile([], 0.5)).toThrow();
    expect(summarize([]).median).toBeNaN();
  });

  it('interpolates quantiles between neighbours', () => {
    expect(quantile([0, 100], 0.95)).toBe(95);
  });

  it('rounds to the digits asked', () => {
    expect(round(1.23456, 2)).toBe(1.23);
    expect(round(Number.NaN)).toBeNaN();
  });
});
