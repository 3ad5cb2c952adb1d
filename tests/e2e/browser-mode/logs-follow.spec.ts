// Following keeps the newest line whole in view when the rows grow taller with no new line to follow:
// the panels made narrower (rows wrap onto more lines), then timestamps shown (longer rows). The same
// happens when a row in view is measured again late, after a busy moment (a flaky run of panels.spec).
// Scrolling up still pauses following. A browser mode of its own: the Timestamps it turns on are saved.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { appLabelOptions, docker } from '../support';
import { startBrowserMode } from '../web-server';

const name = 'ct-e2e-log-follow';
const newestText = 'FOLLOW-END';
// Rows of 14 to 113 characters after "row N": at the panel's width some fit on one line, fewer when it narrows.
const script =
  'i=0; while [ $i -lt 5200 ]; do i=$((i+1)); printf "row %s %.*s\\n" $i $((i % 100 + 10)) ' +
  `"${'lorem ipsum dolor sit amet '.repeat(5)}"; done; echo ${newestText}`;

/**
 * How many pixels of the newest row are below the list's visible bottom (0 or less: none; Infinity: not
 * drawn). Looked up and measured in one go in the page: a row found first may be drawn anew before it is measured.
 */
const hiddenBelow = (page: Page) =>
  page.evaluate((text) => {
    const rows = Array.from(document.querySelectorAll('[data-testid="logs-panel"] [data-seq]'));
    const row = rows.find((element) => element.textContent?.includes(text));
    const scroller = row?.closest('[data-virtuoso-scroller]');
    if (!row || !scroller) return Number.POSITIVE_INFINITY;
    return Math.round(row.getBoundingClientRect().bottom - scroller.getBoundingClientRect().bottom);
  }, newestText);

/** The newest row ends up whole in view, and is still there a moment later (no late measure moves it away). */
async function expectNewestWholeInView(page: Page) {
  await expect.poll(() => hiddenBelow(page)).toBeLessThanOrEqual(0);
  await page.waitForTimeout(500);
  expect(await hiddenBelow(page)).toBeLessThanOrEqual(0);
}

test.beforeAll(async () => docker('rm', '-f', name).catch(() => undefined));
test.afterAll(async () => docker('rm', '-f', name).catch(() => undefined));

async function growTallerWhileFollowing(page: Page) {
  await page.getByTestId('tab-logs').click();
  const panel = page.getByTestId('logs-panel');
  await expect(panel).toBeVisible();
  const newest = panel.locator('[data-seq]', { hasText: newestText });
  await docker('run', '-d', '--name', name, ...appLabelOptions('e2e'), 'alpine', 'sh', '-c', script);
  await expect(newest).toBeInViewport({ timeout: 60_000 });
  await expectNewestWholeInView(page);

  // The separator dragged towards the panels: the rows in view wrap onto more lines.
  const separator = page.getByRole('separator', { name: 'Resize the step and the panels' });
  const box = await separator.boundingBox();
  if (!box) throw new Error('the separator has no box');
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  const before = await panel.evaluate((element) => element.clientWidth);
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 150, y, { steps: 10 });
  await page.mouse.up();
  expect(await panel.evaluate((element) => element.clientWidth)).toBeLessThan(before - 100);
  await expectNewestWholeInView(page);

  await panel.getByRole('switch', { name: 'Timestamps' }).click();
  await expect(newest).toContainText(/^\d\d:\d\d:\d\d\.\d{3}/);
  await expectNewestWholeInView(page);
  await expect(panel.getByRole('button', { name: 'Pause' })).toBeVisible();

  // The reader scrolls up: following pauses, and rows measured on the way up do not pull the view back down.
  await panel.getByRole('region', { name: 'Logs' }).hover();
  await page.mouse.wheel(0, -3000);
  await expect(panel.getByRole('button', { name: /^Jump to latest/ })).toBeVisible();
  await page.waitForTimeout(500);
  await expect(newest).not.toBeInViewport();
}

test('the newest line stays whole in view while rows grow taller with no new line', async ({ launchBrowser }) => {
  const app = await startBrowserMode({ CONTAINER_TALK_DATA: mkdtempSync(join(tmpdir(), 'ct-log-follow-')) });
  const context = await (await launchBrowser()).newContext();
  try {
    const page = await context.newPage();
    await page.goto(app.url);
    await growTallerWhileFollowing(page);
  } finally {
    await context.close();
    await app.stop();
  }
});
