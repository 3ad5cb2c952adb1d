/**
 * The headless runner, run as `npm run lab` runs it (package.json's lab script, without npm's own start):
 * `run links` against bench/reference/links.sh (the same commands and checks with the docker CLI), each
 * from a clean engine; and `list` against `node -e 0`.
 */
import { readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { type MeasureRun, repoRoot } from '../lib/context';
import { cleanup } from '../lib/docker';
import { interleave } from '../lib/interleave';
import { judge, type Measure } from '../lib/judge';
import { timed } from '../lib/proc';

const labScript = (): string => JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).scripts.lab;
/** What npm gives a script: the repository's tools on PATH. */
const env = { ...process.env, PATH: `${join(repoRoot, 'node_modules/.bin')}${delimiter}${process.env.PATH}` };
const lab = (args: string) => timed('sh', ['-c', `cd "${repoRoot}" && ${labScript()} ${args}`], env);

export const labRuns: MeasureRun = async ({ sizes, log }) => {
  log(`lab list (${labScript()} list) against node -e 0`);
  const list = await interleave(
    sizes.startRuns,
    () => lab('list'),
    () => timed(process.execPath, ['-e', '0']),
    sizes.warmup,
  );
  log('lab run links against bench/reference/links.sh');
  await lab('reset');
  const run = await interleave(
    sizes.labRuns,
    async () => {
      const ms = await lab('run links');
      await lab('reset links');
      return ms;
    },
    async () => {
      const ms = await timed('bash', [join(repoRoot, 'bench/reference/links.sh')]);
      await cleanup();
      return ms;
    },
    sizes.warmup,
  );
  const links: Omit<Measure, 'goal'> = {
    id: 'lab-run-links',
    title: 'whole links lesson, `npm run lab -- run links`',
    unit: 'ms',
    app: run.app,
    reference: { label: 'the same commands as a docker CLI script', summary: run.reference },
    ratio: run.ratio,
  };
  const start: Omit<Measure, 'goal'> = {
    id: 'lab-list',
    title: "`npm run lab -- list` (the lab's own start)",
    unit: 'ms',
    app: list.app,
    reference: { label: '`node -e 0`', summary: list.reference },
    ratio: list.ratio,
  };
  return [
    {
      ...links,
      goal: judge(links, {
        text: 'run links within 1.15x the docker CLI script, checks included',
        stat: 'ratio',
        limit: 1.15,
      }),
    },
    { ...start, goal: judge(start, { text: "the lab's own start within 3x `node -e 0`", stat: 'ratio', limit: 3 }) },
  ];
};
