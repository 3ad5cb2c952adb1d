// `npm start` (electron-vite preview: build, then open the window) and `npm run dev` (electron-vite dev).
// Where no Electron runtime can be had, one line says so and points to browser mode.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { downloadElectron, electronExecutable } from './electron-runtime.mjs';

const command = process.argv[2] === 'dev' ? 'dev' : 'preview';
const extraArgs = process.argv.slice(3);

let executable = electronExecutable();
if (!executable) {
  const tty = process.stderr.isTTY;
  if (tty) process.stderr.write('Downloading the Electron runtime (first start only)…');
  const download = downloadElectron();
  if (tty) process.stderr.write('\r\x1b[K');
  executable = electronExecutable();
  if (!download.ok || !executable) {
    const reason = download.ok ? 'not found after download' : download.reason;
    console.error(
      `Container Talk: the Electron runtime is not installed and could not be downloaded (${reason}); use browser mode instead: npm run web`,
    );
    process.exit(1);
  }
}

const require = createRequire(import.meta.url);
const cli = join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
const child = spawn(process.execPath, [cli, command, ...extraArgs], {
  stdio: 'inherit',
  env: { ...process.env, ELECTRON_EXEC_PATH: executable },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
