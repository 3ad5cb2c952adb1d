/**
 * `npm run bench`: issue 11's measures against their references on the private engine, written to
 * bench/results.json and docs/benchmarks.md (with a quick run as the baseline of `--quick`).
 * `npm run bench -- --quick`: the same, smaller; fails when a goal met in bench/results.json regressed.
 * Options: --no-build (out/ is built already), --only=logs,networks,… (a look while developing, full size unless
 * --quick; compares and writes nothing).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from './lib/app';
import { type BenchContext, type MeasureRun, repoRoot, sizes } from './lib/context';
import { cleanup } from './lib/docker';
import { ensurePrivateEngine } from './lib/engine';
import { CONFIRM_ATTEMPTS, type Measure, type Regression, regressions, stillRegressed } from './lib/judge';
import { code, machine } from './lib/machine';
import { type Failure, readResults, tableOf, tidyMeasure, writeResults } from './lib/report';
import { firstScreen } from './measures/first-screen';
import { labRuns } from './measures/lab';
import { logs } from './measures/logs';
import { memory } from './measures/memory';
import { networks } from './measures/networks';
import { webStart } from './measures/web-start';

const measures: Record<string, MeasureRun> = { logs, networks, firstScreen, webStart, lab: labRuns, memory };

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args
  .find((arg) => arg.startsWith('--only='))
  ?.slice(7)
  .split(',');
const log = (line: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);

/** One measure group; when it fails it is reported and left out, and the others still run. */
async function runGroup(name: string, context: BenchContext, failures: Failure[]): Promise<Measure[]> {
  const run = measures[name];
  if (!run) return [];
  try {
    await cleanup();
    return (await run(context)).map(tidyMeasure);
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    log(`FAILED ${name} (${context.mode}): ${message}`);
    failures.push({ measure: name, mode: context.mode, error: message.split('\n')[0] ?? message });
    return [];
  }
}

/** Every measure group in turn, each measure tagged with its group. */
async function runAll(
  context: BenchContext,
  failures: Failure[],
  afterEach: (soFar: Measure[]) => void = () => undefined,
): Promise<{ results: Measure[]; groupOf: Map<string, string> }> {
  const results: Measure[] = [];
  const groupOf = new Map<string, string>();
  for (const name of Object.keys(measures)) {
    if (only && !only.includes(name)) continue;
    for (const measure of await runGroup(name, context, failures)) {
      results.push(measure);
      groupOf.set(measure.id, name);
    }
    afterEach(results);
  }
  return { results, groupOf };
}

/**
 * A quick run is a few rounds on a shared machine: one slow round can look like a regression. A regression
 * counts only when the group, measured again, shows it every time (a real one is there on each attempt).
 */
async function confirmed(
  first: Regression[],
  groupOf: Map<string, string>,
  context: BenchContext,
  committed: Parameters<typeof regressions>[1],
): Promise<Regression[]> {
  let worse = first;
  for (let attempt = 1; worse.length && attempt <= CONFIRM_ATTEMPTS; attempt++) {
    const groups = [...new Set(worse.map((r) => groupOf.get(r.id) ?? r.id))];
    log(`measuring ${groups.join(', ')} again to confirm (${attempt}/${CONFIRM_ATTEMPTS})`);
    const again: Measure[] = [];
    for (const name of groups) again.push(...(await runGroup(name, context, [])));
    worse = stillRegressed(worse, regressions(again, committed));
  }
  return worse;
}

async function main(): Promise<number> {
  await ensurePrivateEngine(log);
  if (!args.includes('--no-build')) {
    log('building (npm run build)');
    execFileSync('npm', ['run', '-s', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  }
  const chromium = await launchChromium();
  try {
    const context = (mode: 'full' | 'quick'): BenchContext => ({ mode, sizes: sizes[mode], chromium, log });
    const failures: Failure[] = [];
    if (quick || only) {
      const { results: now, groupOf } = await runAll(context(quick ? 'quick' : 'full'), failures);
      console.log(`\n${tableOf(now)}\n`);
      mkdirSync(join(repoRoot, 'test-results'), { recursive: true });
      if (!only) writeFileSync(join(repoRoot, 'test-results/bench-quick.json'), `${JSON.stringify(now, null, 2)}\n`);
      const committed = readResults();
      if (only || !committed) {
        if (!committed) log('no bench/results.json to compare with');
        return failures.length ? 1 : 0;
      }
      const first = regressions(now, committed);
      for (const r of first) log(`worse than the baseline: ${r.id} (${r.text}): ${r.baseline} -> ${r.now}`);
      const worse = await confirmed(first, groupOf, context('quick'), committed);
      for (const r of worse) log(`REGRESSION ${r.id} (${r.text}): ${r.baseline} -> ${r.now}, on every attempt`);
      log(worse.length ? `${worse.length} met goals regressed by more than 20%` : 'no met goal regressed');
      return worse.length ? 1 : 0;
    }
    // Written after each group too: a run cut short still leaves what it measured, marked incomplete.
    const base = { failures, code: code(), machine: await machine(chromium.version) };
    const write = (full: Measure[], quickRun: Measure[], complete: boolean) =>
      writeResults({ ...base, date: new Date().toISOString(), full, quick: quickRun, complete });
    const { results: full } = await runAll(context('full'), failures, (soFar) => write(soFar, [], false));
    log('the quick run, as the baseline of --quick');
    const { results: quickRun } = await runAll(context('quick'), failures, (soFar) => write(full, soFar, false));
    write(full, quickRun, true);
    console.log(`\n${tableOf(full)}\n`);
    log('wrote bench/results.json and docs/benchmarks.md');
    return failures.length ? 1 : 0;
  } finally {
    await chromium.close();
    await cleanup();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
