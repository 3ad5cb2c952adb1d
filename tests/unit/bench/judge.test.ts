import { describe, expect, it } from 'vitest';
import {
  type GoalSpec,
  type Measure,
  regressed,
  regressions,
  stillRegressed,
  withGoal,
} from '../../../bench/lib/judge';
import { summarize } from '../../../bench/lib/stats';

const ratioGoal: GoalSpec = { text: 'within 2x', stat: 'ratio', limit: 2 };
const latencyGoal: GoalSpec = { text: 'p95 within 60 ms', stat: 'p95', limit: 60, slack: 10 };
const allRuns: GoalSpec = { text: 'every run', stat: 'min', limit: 1, atLeast: true };

function measure(id: string, samples: number[], spec: GoalSpec, ratio?: number): Measure {
  const base = { id, title: id, unit: 'ms', app: summarize(samples), ...(ratio === undefined ? {} : { ratio }) };
  return withGoal(base, spec);
}

describe('bench goals', () => {
  it('judges a ratio goal on the ratio of medians', () => {
    expect(measure('a', [100], ratioGoal, 1.9).goal).toMatchObject({ judged: 1.9, met: true });
    expect(measure('a', [100], ratioGoal, 2.1).goal).toMatchObject({ judged: 2.1, met: false });
  });

  it('judges a statistic of the samples against its limit', () => {
    expect(measure('b', [10, 20, 30, 40, 200], latencyGoal).goal?.met).toBe(false);
    expect(measure('b', [10, 20, 30, 40, 50], latencyGoal).goal?.met).toBe(true);
  });

  it('judges an at-least goal: every run must have passed', () => {
    expect(measure('c', [1, 1, 1], allRuns).goal?.met).toBe(true);
    expect(measure('c', [1, 0, 1], allRuns).goal?.met).toBe(false);
  });

  it('never calls a missing figure met', () => {
    expect(measure('a', [100], ratioGoal).goal?.met).toBe(false);
  });
});

describe('bench regressions', () => {
  it('calls more than 20% worse a regression, 20% not', () => {
    expect(regressed(ratioGoal, 1.5, 1.8)).toBe(false);
    expect(regressed(ratioGoal, 1.5, 1.81)).toBe(true);
  });

  it('allows a goal its absolute slack on top', () => {
    expect(regressed(latencyGoal, 20, 33)).toBe(false);
    expect(regressed(latencyGoal, 20, 35)).toBe(true);
  });

  it('measures a negative baseline (memory that shrank) from zero', () => {
    const growth: GoalSpec = { text: 'growth', stat: 'max', limit: 10, slack: 5 };
    expect(regressed(growth, -2, 4.9)).toBe(false);
    expect(regressed(growth, -2, 5.1)).toBe(true);
  });

  it('calls a lost success a regression of an at-least goal', () => {
    expect(regressed(allRuns, 1, 1)).toBe(false);
    expect(regressed(allRuns, 1, 0)).toBe(true);
  });

  it('calls a missing figure a regression', () => {
    expect(regressed(ratioGoal, 1.5, Number.NaN)).toBe(true);
  });

  it('only checks goals met in the full run, against the quick baseline, by id', () => {
    const committed = {
      full: [measure('met', [1], ratioGoal, 1.5), measure('unmet', [1], ratioGoal, 3)],
      quick: [measure('met', [1], ratioGoal, 1.6), measure('unmet', [1], ratioGoal, 3.2)],
    };
    const now = [measure('met', [1], ratioGoal, 2.0), measure('unmet', [1], ratioGoal, 9)];
    expect(regressions(now, committed)).toEqual([{ id: 'met', text: 'within 2x', baseline: 1.6, now: 2.0 }]);
    expect(regressions([measure('met', [1], ratioGoal, 1.9)], committed)).toEqual([]);
  });

  it('measures from the looser of the quick and the full figure: a lucky quick baseline is not the bar', () => {
    const committed = { full: [measure('met', [1], ratioGoal, 1.04)], quick: [measure('met', [1], ratioGoal, 0.91)] };
    expect(regressions([measure('met', [1], ratioGoal, 1.115)], committed)).toEqual([]);
    expect(regressions([measure('met', [1], ratioGoal, 1.3)], committed)).toEqual([
      { id: 'met', text: 'within 2x', baseline: 1.04, now: 1.3 },
    ]);
    const lost = { full: [measure('all', [1], allRuns)], quick: [measure('all', [0.9], allRuns)] };
    expect(regressions([measure('all', [0.7], allRuns)], lost)).toHaveLength(1);
    expect(regressions([measure('all', [0.8], allRuns)], lost)).toEqual([]);
  });

  it('counts a met goal the quick run did not measure as regressed', () => {
    const committed = { full: [measure('met', [1], ratioGoal, 1.5)], quick: [measure('met', [1], ratioGoal, 1.5)] };
    expect(regressions([], committed)).toHaveLength(1);
  });
});

describe('bench regressions confirmed', () => {
  const worse = (id: string, now: number) => ({ id, text: 'within 2x', baseline: 1.1, now });

  it('keeps only what regressed again, with the new figure', () => {
    expect(stillRegressed([worse('a', 1.4), worse('b', 1.5)], [worse('b', 1.6)])).toEqual([worse('b', 1.6)]);
  });

  it('drops a regression that measured fine the next time, and never adds a new one', () => {
    expect(stillRegressed([worse('a', 1.4)], [])).toEqual([]);
    expect(stillRegressed([], [worse('c', 2)])).toEqual([]);
  });
});
