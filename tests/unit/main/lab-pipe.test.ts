// `npm run lab -- list | head`: when the reader stops reading, the lab ends at once and quietly. (With the
// process guard keeping the app alive through stray errors, a broken pipe once left it running, silent.)
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';

const root = resolve(__dirname, '../../..');

it('ends quietly when its reader goes away', async () => {
  const lab = spawn(process.execPath, ['scripts/lab.mjs', 'list'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  lab.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = once(lab, 'exit');
  await once(lab.stdout, 'data');
  lab.stdout.destroy(); // like `head` after its first lines
  const timer = setTimeout(() => lab.kill('SIGKILL'), 15_000);
  const [code, signal] = await exited;
  clearTimeout(timer);
  expect({ code, signal, stderr }).toEqual({ code: 0, signal: null, stderr: '' });
}, 30_000);
