/** Runs a measure and its reference alternately, so that a slow moment of the machine hits both. */

import type { Summary } from './stats';
import { summarize } from './stats';

export interface Paired {
  app: Summary;
  reference: Summary;
  /** app median / reference median */
  ratio: number;
  appSamples: number[];
  referenceSamples: number[];
}

/**
 * `n` rounds of reference then app (the app first on odd rounds), after `warmup` unrecorded rounds.
 * Each function resolves with one sample.
 */
export async function interleave(
  n: number,
  app: () => Promise<number>,
  reference: () => Promise<number>,
  warmup = 1,
): Promise<Paired> {
  const appSamples: number[] = [];
  const referenceSamples: number[] = [];
  for (let round = -warmup; round < n; round++) {
    const order = round % 2 === 0 ? [reference, app] : [app, reference];
    for (const run of order) {
      const sample = await run();
      if (round >= 0) (run === app ? appSamples : referenceSamples).push(sample);
    }
  }
  const appSummary = summarize(appSamples);
  const referenceSummary = summarize(referenceSamples);
  return {
    app: appSummary,
    reference: referenceSummary,
    ratio: appSummary.median / referenceSummary.median,
    appSamples,
    referenceSamples,
  };
}
