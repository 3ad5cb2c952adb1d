// Finds the Electron binary the way the `electron` package does (path.txt + dist/), without requiring
// the package: its index.js starts a download on require and lets it print a stack trace on failure.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

function packageDir() {
  try {
    return dirname(require.resolve('electron/package.json'));
  } catch {
    return undefined;
  }
}

/** The executable's path when it is really there, else undefined. */
export function electronExecutable(env = process.env) {
  if (env.ELECTRON_EXEC_PATH) return existsSync(env.ELECTRON_EXEC_PATH) ? env.ELECTRON_EXEC_PATH : undefined;
  const dir = packageDir();
  if (!dir) return undefined;
  const pathFile = join(dir, 'path.txt');
  const name = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const candidate = env.ELECTRON_OVERRIDE_DIST_PATH
    ? join(env.ELECTRON_OVERRIDE_DIST_PATH, name || 'electron')
    : name && join(dir, 'dist', name);
  return candidate && existsSync(candidate) ? candidate : undefined;
}

/** Runs the package's own downloader quietly; returns a one-line reason when it fails. */
export function downloadElectron(timeoutMs = 10 * 60_000) {
  const dir = packageDir();
  if (!dir) return { ok: false, reason: 'the electron package is not installed (run npm ci)' };
  const result = spawnSync(process.execPath, [join(dir, 'install.js')], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: timeoutMs,
  });
  if (result.status === 0 && electronExecutable()) return { ok: true };
  if (result.error)
    return { ok: false, reason: result.error.code === 'ETIMEDOUT' ? 'download timed out' : result.error.message };
  const firstLine = `${result.stderr}`.split('\n').find((line) => line.trim() && !/^\s+at /.test(line));
  return { ok: false, reason: (firstLine ?? `installer exited with ${result.status}`).trim().slice(0, 120) };
}
