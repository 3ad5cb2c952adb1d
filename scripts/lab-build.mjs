// Builds the headless runner (src/main/lab.ts) into out/lab/ with rolldown, the bundler electron-vite
// itself uses: CommonJS like the app's main process, packages (but zod) left to node_modules, the engine
// commands in a chunk of their own (lab.ts imports them only when a command needs the engine).
// Beside the bundle, inputs.json names every source file it was built from, so scripts/lab.mjs can
// tell a stale bundle from a fresh one by their modification times alone.
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';

export const root = dirname(dirname(fileURLToPath(import.meta.url)));
export const labDir = join(root, 'out', 'lab');
export const manifestFile = 'inputs.json';

/** A package (ssh2, tar-fs...) or a node builtin: required at run time, as in the app's main bundle. */
const isPackage = (id) => isBuiltin(id) || /^(?![./\\]|@shared\/)(@[\w.-]+\/)?[\w.-]/.test(id);
/**
 * Left to node_modules, but for zod: every command reads the lessons through it, and node loading its
 * sixty-odd files took longer than all the rest of `list` (bundled: 410 ms against 590 ms, in turns).
 */
const isExternal = (id) => isPackage(id) && !/^zod(\/|$)/.test(id);

/**
 * Builds into a folder of its own, then moves the files in one by one (each rename is atomic), chunks
 * first and inputs.json last: a lab starting meanwhile, or another build racing this one, always finds
 * a whole lab.js whose chunks are there.
 */
export async function buildLab() {
  const builtAt = Date.now();
  const bundle = await rolldown({
    input: { lab: join(root, 'src/main/lab.ts') },
    cwd: root,
    platform: 'node',
    tsconfig: join(root, 'tsconfig.node.json'), // its paths give @shared, as for tsc
    external: isExternal,
  });
  const staging = `${labDir}.${process.pid}.tmp`;
  try {
    const { output } = await bundle.write({
      dir: staging,
      format: 'cjs',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
    });
    const inputs = [...(await bundle.watchFiles), fileURLToPath(import.meta.url)]
      .filter((file) => !file.startsWith('\0'))
      .map((file) => relative(root, file));
    writeFileSync(join(staging, manifestFile), `${JSON.stringify({ builtAt, inputs }, null, 1)}\n`);
    const files = output.map((file) => file.fileName).sort((a, b) => Number(a === 'lab.js') - Number(b === 'lab.js'));
    mkdirSync(join(labDir, 'chunks'), { recursive: true });
    for (const file of [...files, manifestFile]) renameSync(join(staging, file), join(labDir, file));
    removeOldChunks(new Set(files));
  } finally {
    await bundle.close();
    rmSync(staging, { recursive: true, force: true });
  }
}

/** Chunks of earlier builds; spared for a minute, in case a lab that started just before still loads one. */
function removeOldChunks(current) {
  const dir = join(labDir, 'chunks');
  for (const name of readdirSync(dir)) {
    const file = join(dir, name);
    if (!current.has(`chunks/${name}`) && statSync(file).mtimeMs < Date.now() - 60_000) rmSync(file, { force: true });
  }
}
