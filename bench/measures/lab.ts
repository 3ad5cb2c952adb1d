/**
 * The headless runner, run as `npm run lab` runs it (package.json's lab script, without npm's own start):
 * `run links` against bench/reference/links.sh (the same commands and checks with the docker CLI), each
 * from a clean engine; and `list` against `node -e 0`.
 */
import { readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { type MeasureRun, repoRoot } from '../lib/context';
import { cleanup } from '../lib/docker';
import { compare } from '../lib/interleave';
import { withGoal } from '../lib/judge';
import { timed } from '../lib/proc';

const labScript = (): string => JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).scripts.lab;
/** What npm gives a script: the repository's tools on PATH (and the private engine, set once the bench started). */
const npmEnv = () => ({
  ...process.env,
  PATH: `${join(repoRoot, 'node_modules/.bin')}${delimiter}${process.env.PATH}`,
});
const lab = (args: string) => timed('sh', ['-c', `cd "${repoRoot}" && ${labScript()} ${args}`], npmEnv());

export const labRuns: MeasureRun = async ({ sizes, log }) => {
  log(`lab list (${labScript()} list) against node -e 0`);
  const start = await compare({
    id: 'lab-list',
    title: "`npm run lab -- list` (the lab's own start)",
    unit: 'ms',
    against: '`node -e 0`',
    rounds: sizes.startRuns,
    warmup: sizes.warmup,
    app: () => lab('list'),
    reference: () => timed(process.execPath, ['-e', '0']),
  });
  log('lab run links against bench/reference/links.sh');
  await lab('reset');
  const links = await compare({
    id: 'lab-run-links',
    title: 'whole links lesson, `npm run lab -- run links`',
    unit: 'ms',
    against: 'the same commands as a docker CLI script',
    rounds: sizes.labRuns,
    warmup: sizes.warmup,
    app: async () => {
      const ms = await lab('run links');
      await lab('reset links');
      return ms;
    },
    reference: async () => {
      const ms = await timed('bash', [join(repoRoot, 'bench/reference/links.sh')]);
      await cleanup();
      return ms;
    },
  });
  return [
    withGoal(links, {
      text: 'run links within 1.15x the docker CLI script, checks included',
      stat: 'ratio',
      limit: 1.15,
    }),
    withGoal(start, { text: "the lab's own start within 3x `node -e 0`", stat: 'ratio', limit: 3 }),
  ];
};
