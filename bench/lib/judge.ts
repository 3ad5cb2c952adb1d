/**
 * The goals as data, judged on a measure's figures; and the quick mode's regression check
 * against the committed bench/results.json (the goals met there must not get worse by more than 20%).
 */
import type { Summary } from './stats';

/** Which figure a goal judges: the app/reference ratio of medians, or a statistic of the app's samples. */
export type GoalStat = 'ratio' | keyof Omit<Summary, 'n'>;

export interface GoalSpec {
  /** The goal as the issue words it. */
  text: string;
  stat: GoalStat;
  limit: number;
  /** Met when the figure is at least the limit (counts of successes); otherwise at most. */
  atLeast?: boolean;
  /** Absolute noise allowed on top of the 20% before a quick run calls it a regression (figures in ms). */
  slack?: number;
}

export interface GoalResult extends GoalSpec {
  judged: number;
  met: boolean;
}

export interface Measure {
  id: string;
  title: string;
  unit: string;
  app: Summary;
  reference?: { label: string; summary: Summary };
  /** app median / reference median. */
  ratio?: number;
  goal?: GoalResult;
  /** Other figures of the same runs (frames, bytes, peaks), reported as they are. */
  details?: Record<string, number | string | boolean>;
}

export const REGRESSION_FACTOR = 1.2;
/** How many more times `--quick` measures a group that looks regressed before calling it so. */
export const CONFIRM_ATTEMPTS = 2;
/** 1.5 * 1.2 is 1.7999999999999998 in floating point: exactly 20% worse is not a regression. */
const FLOAT_NOISE = 1e-9;

export function figureOf(measure: Pick<Measure, 'app' | 'ratio'>, stat: GoalStat): number {
  return stat === 'ratio' ? (measure.ratio ?? Number.NaN) : measure.app[stat];
}

export function judge(measure: Omit<Measure, 'goal'>, spec: GoalSpec): GoalResult {
  const judged = figureOf(measure, spec.stat);
  const met = Number.isFinite(judged) && (spec.atLeast ? judged >= spec.limit : judged <= spec.limit);
  return { ...spec, judged, met };
}

/** The measure with its goal judged. */
export function withGoal(measure: Omit<Measure, 'goal'>, spec: GoalSpec): Measure {
  return { ...measure, goal: judge(measure, spec) };
}

export interface Regression {
  id: string;
  text: string;
  baseline: number;
  now: number;
}

/** Worse than the baseline by more than 20% (and by more than the goal's slack). */
export function regressed(spec: GoalSpec, baseline: number, now: number): boolean {
  if (!Number.isFinite(now)) return true;
  const slack = (spec.slack ?? 0) + FLOAT_NOISE;
  if (spec.atLeast) return now < baseline / REGRESSION_FACTOR - slack;
  // A figure that may go below zero (a growth): 20% of a negative baseline would be stricter, not looser.
  return now > Math.max(baseline, 0) * REGRESSION_FACTOR + slack;
}

/**
 * The goals met in the committed full run whose figure in this quick run is worse by more than 20% than
 * both committed figures: the quick run's (a smaller flood has other ratios) and the full run's (more
 * rounds: a quick baseline of two rounds can be a lucky low, and the CI caught one, 0.91x -> 1.115x).
 */
export function regressions(
  now: readonly Measure[],
  committed: { full: readonly Measure[]; quick: readonly Measure[] },
): Regression[] {
  const found: Regression[] = [];
  for (const measure of committed.full) {
    if (!measure.goal?.met) continue;
    const base = committed.quick.find((m) => m.id === measure.id)?.goal;
    if (!base) continue;
    const baseline = (base.atLeast ? Math.min : Math.max)(base.judged, measure.goal.judged);
    const current = now.find((m) => m.id === measure.id)?.goal;
    const figure = current?.judged ?? Number.NaN;
    if (regressed(base, baseline, figure))
      found.push({ id: measure.id, text: measure.goal.text, baseline, now: figure });
  }
  return found;
}

/** The regressions found before that are found again (with the later figure): the others were noise. */
export function stillRegressed(before: readonly Regression[], again: readonly Regression[]): Regression[] {
  return before.flatMap((r) => again.filter((a) => a.id === r.id));
}
