// `npm run lab` starts as a command-line tool should: built JS, and the engine client (with ssh2 and the
// build-context packer) loaded only by the commands that use the engine. `list`, `validate` and `--help`
// load none of it; `run` loads the engine commands (the check that the watch on loaded modules works).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'lab-start-'));
const hook = join(dir, 'loaded.cjs');
writeFileSync(
  hook,
  "process.on('exit', () => require('node:fs').writeFileSync(process.env.LAB_LOADED, JSON.stringify(Object.keys(require.cache))));\n",
);

/** The files node loaded as modules while `npm run lab -- ...args` ran. */
async function modulesLoadedBy(...args: string[]): Promise<{ code: number | null; loaded: string[] }> {
  const record = join(dir, `${args[0]}.json`);
  const child = spawn(process.execPath, ['--require', hook, 'scripts/lab.mjs', ...args], {
    cwd: root,
    env: { ...process.env, LAB_LOADED: record, DOCKER_HOST: 'unix:///nonexistent/docker.sock', NO_COLOR: '1' },
    stdio: 'ignore',
  });
  const [code] = await once(child, 'exit');
  return { code, loaded: JSON.parse(readFileSync(record, 'utf8')) };
}

const engineClient = /node_modules[\\/](ssh2|dockerode|docker-modem|tar-fs|@balena[\\/]dockerignore|@grpc)[\\/]/;
const engineCommands = /out[\\/]lab[\\/]chunks[\\/]engine-commands-/;

describe('the lab start', () => {
  it.each([['list'], ['--help'], ['validate', 'resources/lessons/links.json']])(
    '%s runs the built lab without the engine client',
    async (...args) => {
      const { code, loaded } = await modulesLoadedBy(...args);
      expect(code).toBe(0);
      expect(loaded).toContainEqual(join(root, 'out', 'lab', 'lab.js'));
      expect(loaded.filter((file) => engineClient.test(file) || engineCommands.test(file))).toEqual([]);
    },
    30_000,
  );

  it('run loads the engine commands only when asked for', async () => {
    const { code, loaded } = await modulesLoadedBy('run', 'no-such-lesson');
    expect(code).toBe(1); // no such lesson: refused before any engine is looked for
    expect(loaded.filter((file) => engineCommands.test(file))).toHaveLength(1);
  }, 30_000);
});
