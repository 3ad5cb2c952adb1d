/** Summaries of repeated timings: min / median / p95 / max over n samples. */

export interface Summary {
  n: number;
  min: number;
  median: number;
  p95: number;
  max: number;
}

/** The value at quantile q (0..1), linearly interpolated between the sorted samples. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) throw new Error('quantile of no samples');
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  const a = sorted[low] as number;
  const b = sorted[high] as number;
  return a + (b - a) * (at - low);
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    n: sorted.length,
    min: sorted[0] ?? Number.NaN,
    median: sorted.length ? quantile(sorted, 0.5) : Number.NaN,
    p95: sorted.length ? quantile(sorted, 0.95) : Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
  };
}

/** Rounds for the report: enough digits to read, not the float noise. */
export function round(value: number, digits = 3): number {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

export function roundSummary(summary: Summary, digits = 1): Summary {
  return {
    n: summary.n,
    min: round(summary.min, digits),
    median: round(summary.median, digits),
    p95: round(summary.p95, digits),
    max: round(summary.max, digits),
  };
}
