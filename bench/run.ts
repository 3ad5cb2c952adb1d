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
import { type Measure, regressions } from './lib/judge';
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

/** Every measure group in turn; one that fails is reported and left out, and the others still run. */
async function runAll(
  context: BenchContext,
  failures: Failure[],
  afterEach: (soFar: Measure[]) => void = () => undefined,
): Promise<Measure[]> {
  const results: Measure[] = [];
  for (const [name, run] of Object.entries(measures)) {
    if (only && !only.includes(name)) continue;
    try {
      await cleanup();
      results.push(...(await run(context)).map(tidyMeasure));
    } catch (error) {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      log(`FAILED ${name} (${context.mode}): ${message}`);
      failures.push({ measure: name, mode: context.mode, error: message.split('\n')[0] ?? message });
    }
    afterEach(results);
  }
  return results;
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
      const now = await runAll(context(quick ? 'quick' : 'full'), failures);
      console.log(`\n${tableOf(now)}\n`);
      mkdirSync(join(repoRoot, 'test-results'), { recursive: true });
      if (!only) writeFileSync(join(repoRoot, 'test-results/bench-quick.json'), `${JSON.stringify(now, null, 2)}\n`);
      const committed = readResults();
      if (only || !committed) {
        if (!committed) log('no bench/results.json to compare with');
        return failures.length ? 1 : 0;
      }
      const worse = regressions(now, committed);
      for (const r of worse) log(`REGRESSION ${r.id} (${r.text}): ${r.baseline} -> ${r.now}`);
      log(worse.length ? `${worse.length} met goals regressed by more than 20%` : 'no met goal regressed');
      return worse.length ? 1 : 0;
    }
    // Written after each group too: a run cut short still leaves what it measured, marked incomplete.
    const base = { failures, code: code(), machine: await machine(chromium.version) };
    const write = (full: Measure[], quickRun: Measure[], complete: boolean) =>
      writeResults({ ...base, date: new Date().toISOString(), full, quick: quickRun, complete });
    const full = await runAll(context('full'), failures, (soFar) => write(soFar, [], false));
    log('the quick run, as the baseline of --quick');
    const quickRun = await runAll(context('quick'), failures, (soFar) => write(full, soFar, false));
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
