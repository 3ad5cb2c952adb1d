/** bench/results.json and the table in docs/benchmarks.md. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './context';
import type { Measure } from './judge';
import type { Code, Machine } from './machine';
import { round, roundSummary, type Summary } from './stats';

/** A measure group that threw: its goals are missing from the run, so not met. */
export interface Failure {
  measure: string;
  mode: 'full' | 'quick';
  error: string;
}

export interface Results {
  date: string;
  code: Code;
  machine: Machine;
  /** The full run (`npm run bench`): what the table shows and the goals are judged on. */
  full: Measure[];
  /** The quick run made right after it: the baseline `npm run bench -- --quick` compares itself with. */
  quick: Measure[];
  failures: Failure[];
  /** False while the run is still going (or when it was cut short): the tables hold what it measured so far. */
  complete: boolean;
}

export const resultsPath = join(repoRoot, 'bench/results.json');
const docPath = join(repoRoot, 'docs/benchmarks.md');

const tidy = (summary: Summary): Summary => roundSummary(summary, summary.max < 10 ? 3 : 1);

export function tidyMeasure(measure: Measure): Measure {
  return {
    ...measure,
    app: tidy(measure.app),
    ...(measure.reference ? { reference: { ...measure.reference, summary: tidy(measure.reference.summary) } } : {}),
    ...(measure.ratio !== undefined ? { ratio: round(measure.ratio) } : {}),
    ...(measure.goal ? { goal: { ...measure.goal, judged: round(measure.goal.judged) } } : {}),
  };
}

export function readResults(): Results | undefined {
  try {
    return JSON.parse(readFileSync(resultsPath, 'utf8')) as Results;
  } catch {
    return undefined;
  }
}

export function writeResults(results: Results): void {
  writeFileSync(resultsPath, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(docPath, markdown(results));
}

const figure = (value: number, unit: string) => {
  if (unit === 'share') return `${Math.round(value * 100)}%`;
  const digits = Math.abs(value) >= 100 ? 0 : 1;
  return `${value.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: 0 })} ${unit}`;
};

const spread = (summary: Summary, unit: string) =>
  summary.n === 1
    ? figure(summary.median, unit)
    : `${figure(summary.median, unit)} (${figure(summary.min, unit)} – ${figure(summary.max, unit)}, p95 ${figure(summary.p95, unit)}, n=${summary.n})`;

const detailsOf = (measure: Measure) =>
  measure.details
    ? ` <br>${Object.entries(measure.details)
        .map(([key, value]) => `${key}: ${value}`)
        .join(', ')}`
    : '';

export function tableOf(measures: readonly Measure[]): string {
  const rows = measures.map((m) => {
    const reference = m.reference ? `${m.reference.label}: ${spread(m.reference.summary, m.unit)}` : '–';
    const ratio = m.ratio === undefined ? '–' : `${m.ratio.toFixed(2)}x`;
    const goal = m.goal
      ? `${m.goal.text} (${m.goal.stat} ${m.goal.atLeast ? '≥' : '≤'} ${m.goal.limit}${m.goal.stat === 'ratio' ? 'x' : ''})`
      : 'reported';
    const met = m.goal ? (m.goal.met ? '**met**' : '**not met**') : '–';
    return `| ${m.title} | ${spread(m.app, m.unit)}${detailsOf(m)} | ${reference} | ${ratio} | ${goal} | ${met} |`;
  });
  return [
    '| measure | app: median (min – max, p95, n) | reference | ratio | goal | |',
    '|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

function failuresOf(failures: readonly Failure[]): string {
  if (!failures.length) return '';
  const lines = failures.map((f) => `- **${f.measure}** (${f.mode} run) failed, its goals are not met: ${f.error}`);
  return `\nMeasures that failed:\n\n${lines.join('\n')}\n`;
}

function markdown(results: Results): string {
  const { machine: m, code } = results;
  const met = results.full.filter((x) => x.goal?.met).length;
  const goals = results.full.filter((x) => x.goal).length;
  return `# Benchmarks

Issue 11's measures, each against its reference in the same run, interleaved (reference, app, app,
reference, …, after a warm-up round), on the private test engine in the kit's Chromium. Written by
\`npm run bench\` (bench/run.ts) on ${results.date}; the figures are in [bench/results.json](../bench/results.json).
**${met} of ${goals} goals met.**${results.complete ? '' : '\n\n**This run did not finish**: the tables hold only the measures it took.'}

Code: commit \`${code.commit}\`${code.uncommittedFiles ? ` with ${code.uncommittedFiles} uncommitted files` : ''}.

| machine | |
|---|---|
| CPU | ${m.cpu} |
| cores | ${m.cores} |
| memory | ${m.memoryGiB} GiB |
| OS | ${m.os} |
| Node | ${m.node} |
| Docker engine | ${m.dockerEngine} (the private test engine, tests/kit/engine.sh) |
| Chromium | ${m.chromium} (headless, tests/kit) |

## Results

${tableOf(results.full)}
${failuresOf(results.failures)}
## How each figure is taken

- **Log flood**: one container writes the lines (a first marker, numbers, an end marker) and exits; timed from
  \`docker run -d\` to the first animation frame after the logs panel's DOM came to hold the end marker (a
  MutationObserver waits: polling the panel's innerText each frame forced a layout per frame in the renderer
  being measured), in a fresh page each run. Reference: \`docker run -d\` of the same container, then
  \`docker logs -f\` until the end marker.
  The same runs count the WebSocket frames the page received, sample the server's RSS every 50 ms against its
  idle RSS just before the flood, take the page's longest task (PerformanceObserver \`longtask\`) and, over the
  same span, how long the page's main thread ran on a CPU and how long it was runnable but waited for one
  (Linux's \`/proc/<pid>/task/<pid>/schedstat\`: a task's wall time holds both), check that the
  end marker is inside the list's visible area a second later (following), and search for the first line and
  a random number with as many digits as the last (only one line holds it).
- **Networks panel**: \`docker network connect\` / \`disconnect\` of a container, alternately; from the engine's
  own event time (\`timeNano\`) to the first frame after the panel's DOM gained or lost the endpoint's row.
  Reference: when the same event reached a \`docker events\` client. Then again with many more containers and
  networks created by the bench.
- **First screen**: a fresh browser context (empty cache) each time; from navigation start to the first frame
  in which the first lesson's intro text is shown (the page's innerText: not text inside a script). Reference: a
  page holding the same text, served by a bare node http server (bench/reference/http-server.mjs). Initial JS:
  the scripts requested before the app first rendered (its lesson navigator), gzip (zlib, default level) of
  each; compressed and cacheable: every script and style came with a
  Content-Encoding (files under 1 KB excepted) and a max-age or an ETag.
- **Start**: spawn of \`node out/main/web.js\` to its URL on stdout, against the bare server; and with
  DOCKER_HOST pointing at a port that accepts and never answers, against the real engine.
- **Headless**: the command package.json's \`lab\` script runs (npm's own start left out of both sides), \`run
  links\` from a clean engine each time, against bench/reference/links.sh; \`list\` against \`node -e 0\`.
- **Memory**: browser mode's node process (RSS) and the page's renderer process (RSS, and JS heap after a
  forced garbage collection over CDP). Cycles of both lessons (each step's Run, the challenge typed in Explore
  and checked, Reset) through the app's WebSocket API with the page open, after one warm-up cycle.

\`npm run bench -- --quick\` (a section of \`npm test\`) runs the same measures smaller and fails when a goal
met here got more than 20% worse than in the quick run recorded with these figures (quick is compared with
quick; goals in ms or MiB also allow a small absolute slack, given in bench/results.json). A group that looks
regressed is measured again, up to twice more; it fails only if every attempt shows the regression.

## Quick run recorded with these figures

${tableOf(results.quick)}
`;
}
