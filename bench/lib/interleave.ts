/** Runs a measure and its reference alternately, so that a slow moment of the machine hits both. */

import type { Measure } from './judge';
import { summarize } from './stats';

/** One figure of the app against the same figure of its reference. */
export interface Comparison extends Pick<Measure, 'id' | 'title' | 'unit'> {
  /** The reference, as the table names it. */
  against: string;
  /** Recorded rounds, after `warmup` unrecorded ones. */
  rounds: number;
  warmup: number;
  /** Each resolves with one sample. */
  app: () => Promise<number>;
  reference: () => Promise<number>;
}

/** The samples of `rounds` rounds of reference then app (the app first on odd rounds), after the warm-up. */
async function interleave({ rounds, warmup, app, reference }: Comparison) {
  const samples = { app: [] as number[], reference: [] as number[] };
  for (let round = -warmup; round < rounds; round++) {
    const order = round % 2 === 0 ? [reference, app] : [app, reference];
    for (const run of order) {
      const sample = await run();
      if (round >= 0) (run === app ? samples.app : samples.reference).push(sample);
    }
  }
  return samples;
}

/** The comparison run interleaved, as a measure (to be judged): the summaries and the ratio of their medians. */
export async function compare(comparison: Comparison): Promise<Omit<Measure, 'goal'>> {
  const samples = await interleave(comparison);
  const app = summarize(samples.app);
  const reference = summarize(samples.reference);
  const { id, title, unit, against } = comparison;
  return {
    id,
    title,
    unit,
    app,
    reference: { label: against, summary: reference },
    ratio: app.median / reference.median,
  };
}
