// The engine goes away while the page is open: the header turns red and every panel says it waits for
// the engine; the engine comes back and everything goes on by itself, without reloading the page.
// It stops the shared private engine: run it only inside `flock /work/engine.lock` (tests/kit/README.md).
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { expectAllChecksPassed, resetLessons, runStep, shot } from '../support';

const run = promisify(execFile);
const repoRoot = resolve(__dirname, '../../..');
const kit = (command: 'start' | 'stop') => run('bash', ['tests/kit/engine.sh', command], { cwd: repoRoot });
/** The engine's stop and start scripts return once it is gone or answers: the app then has 2 s. */
const within = { timeout: 2000 };
const panels = ['logs', 'networks', 'console'] as const;

async function showPanel(page: Page, panel: (typeof panels)[number]) {
  await page.getByTestId(`tab-${panel}`).click();
  return page.getByTestId(`${panel}-panel`);
}

test.beforeAll(async () => resetLessons());
test.afterAll(async () => {
  await kit('start'); // never leave the shared engine stopped (a no-op when it runs)
  await resetLessons();
});

test('a lost engine shows red and waiting panels, then everything resumes without a reload', async ({ page }) => {
  await expectAllChecksPassed(await runStep(page, 'links', 'start-redis'));
  const logs = await showPanel(page, 'logs');
  await expect(logs).toContainText('Ready to accept connections', { timeout: 30_000 });
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));

  await kit('stop');
  const status = page.getByTestId('engine-status');
  await expect(status).toHaveAttribute('data-state', 'unavailable', within);
  for (const panel of panels) {
    const shown = await showPanel(page, panel);
    await expect(shown.getByTestId('engine-waiting')).toBeVisible(within);
    await expect(shown.getByTestId('engine-waiting')).toContainText('Waiting for it');
  }
  await shot(page, '10-engine-lost');

  await kit('start');
  await expect(status).toHaveAttribute('data-state', 'connected', within);
  for (const panel of panels) {
    const shown = await showPanel(page, panel);
    await expect(shown.getByTestId('engine-waiting')).toHaveCount(0, within);
  }
  // The streams really go on: the networks panel reads the engine again, the logs panel gets the tail again.
  await expect((await showPanel(page, 'networks')).getByTestId('network-bridge')).toBeVisible(within);
  await expect(await showPanel(page, 'logs')).toContainText('Ready to accept connections', within);
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
});
