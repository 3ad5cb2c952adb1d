/** What every measure gets: the mode's sizes, the browser, the repository, a progress line. */
import { resolve } from 'node:path';
import type { Chromium } from './app';
import type { Measure } from './judge';

export const repoRoot = resolve(__dirname, '../..');

export interface Sizes {
  /** Recorded rounds of a start-up measure and its reference (after one warm-up round). */
  startRuns: number;
  firstScreenRuns: number;
  floodLines: number;
  floodRuns: number;
  /** Network connects and disconnects timed per scale. */
  networkChanges: number;
  manyContainers: number;
  manyNetworks: number;
  cycles: number;
  labRuns: number;
  warmup: number;
}

export const sizes: Record<'full' | 'quick', Sizes> = {
  full: {
    startRuns: 10,
    firstScreenRuns: 7,
    floodLines: 200_000,
    floodRuns: 5,
    networkChanges: 20,
    manyContainers: 200,
    manyNetworks: 20,
    cycles: 15,
    labRuns: 5,
    warmup: 1,
  },
  quick: {
    startRuns: 5,
    firstScreenRuns: 5,
    floodLines: 20_000,
    floodRuns: 2,
    networkChanges: 6,
    manyContainers: 20,
    manyNetworks: 4,
    cycles: 1,
    labRuns: 2,
    warmup: 0,
  },
};

export interface BenchContext {
  mode: 'full' | 'quick';
  sizes: Sizes;
  chromium: Chromium;
  log(line: string): void;
}

export type MeasureRun = (context: BenchContext) => Promise<Measure[]>;
