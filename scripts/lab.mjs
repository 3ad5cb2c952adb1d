// `npm run lab -- <command>`: the headless runner, built (out/lab/lab.js), as quick to start as a
// command-line tool. Built again first when the bundle is missing or any of its sources changed
// since (one stat per source file; the bundler is loaded only then), so a fresh clone just works.
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const labDir = join(root, 'out', 'lab');

/** True when every file the bundle was built from is as old as the build, or older. */
function isFresh() {
  try {
    const { builtAt, inputs } = JSON.parse(readFileSync(join(labDir, 'inputs.json'), 'utf8'));
    return inputs.length > 0 && inputs.every((file) => statSync(join(root, file)).mtimeMs <= builtAt);
  } catch {
    return false; // no bundle, or a source file gone
  }
}

if (!isFresh()) await (await import('./lab-build.mjs')).buildLab();
createRequire(import.meta.url)(join(labDir, 'lab.js'));
