/**
 * `page` for both projects: browser mode in Chromium (at E2E_BASE_URL, or a browser mode started for
 * the worker), or the desktop app's first window. Specs import `test` and `expect` from here. Neither
 * project touches Playwright's built-in browser chain, so the electron project never launches Chromium.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { _electron, type Browser, test as base, expect, type Page } from '@playwright/test';
import { startBrowserMode } from './web-server';

export const electronMissing = 'Electron runtime not installed on this machine';
const repoRoot = resolve(__dirname, '../..');

/** Same lookup as scripts/electron-runtime.mjs; requiring `electron` would start a download. */
function electronExecutable(): string | undefined {
  if (process.env.ELECTRON_EXEC_PATH)
    return existsSync(process.env.ELECTRON_EXEC_PATH) ? process.env.ELECTRON_EXEC_PATH : undefined;
  let dir: string;
  try {
    dir = dirname(require.resolve('electron/package.json', { paths: [repoRoot] }));
  } catch {
    return undefined;
  }
  const pathFile = join(dir, 'path.txt');
  const name = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const candidate = process.env.ELECTRON_OVERRIDE_DIST_PATH
    ? join(process.env.ELECTRON_OVERRIDE_DIST_PATH, name || 'electron')
    : name && join(dir, 'dist', name);
  return candidate && existsSync(candidate) ? candidate : undefined;
}

/** The page's console messages, uncaught errors and crash, as lines (the last 200). */
function pageEvents(page: Page): () => string[] {
  const lines: string[] = [];
  const add = (line: string) => lines.push(line) > 200 && lines.shift();
  page.on('console', (message) => add(`[${message.type()}] ${message.text()}`));
  page.on('pageerror', (error) => add(`[pageerror] ${error.stack ?? error.message}`));
  page.on('crash', () => add('[crash] the page crashed'));
  return () => lines;
}

interface WorkerFixtures {
  /** Browser mode for this worker: its URL with the token ('' in the electron project) and what it printed. */
  browserMode: { url: string; output(): string };
  /** Browser mode's URL with its token ('' in the electron project). */
  appUrl: string;
  launchBrowser: () => Promise<Browser>;
}

export const test = base.extend<object, WorkerFixtures>({
  browserMode: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern.
    async ({}, use, workerInfo) => {
      const given = process.env.E2E_BASE_URL ?? workerInfo.project.use.baseURL;
      if (workerInfo.project.name !== 'browser' || given) return use({ url: given ?? '', output: () => '' });
      const app = await startBrowserMode();
      try {
        await use(app);
      } finally {
        await app.stop();
      }
    },
    { scope: 'worker' },
  ],
  appUrl: [async ({ browserMode }, use) => use(browserMode.url), { scope: 'worker' }],
  // Launched on first use with the project's launchOptions (Playwright applies them to launch()).
  launchBrowser: [
    async ({ playwright }, use) => {
      let browser: Promise<Browser> | undefined;
      await use(() => (browser ??= playwright.chromium.launch()));
      if (browser) await (await browser).close();
    },
    { scope: 'worker' },
  ],
  page: async ({ browserMode, launchBrowser }, use, testInfo) => {
    if (testInfo.project.name === 'electron') {
      const executablePath = electronExecutable();
      test.skip(!executablePath, electronMissing);
      const app = await _electron.launch({
        executablePath,
        // Electron refuses to start as root unless its sandbox is off.
        args: ['out/main/index.js', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
        cwd: repoRoot,
        env: { ...process.env, CONTAINER_TALK_DATA: mkdtempSync(join(tmpdir(), 'ct-e2e-electron-')) },
      });
      try {
        await use(await app.firstWindow());
      } finally {
        await app.close();
      }
      return;
    }
    const context = await (await launchBrowser()).newContext();
    const page = await context.newPage();
    const seen = pageEvents(page);
    await page.goto(browserMode.url);
    await use(page);
    if (testInfo.status !== testInfo.expectedStatus) {
      // What the page and the server said: the terminal report shows text attachments in full.
      await testInfo.attach('page console and errors', { body: seen().join('\n') || '(none)' });
      await testInfo.attach('browser mode output (last 8 KB)', { body: browserMode.output().slice(-8192) || '(none)' });
    }
    await context.close();
  },
});

export { expect };
