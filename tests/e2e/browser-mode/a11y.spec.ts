// WCAG 2.1 AA: axe runs on every main screen, in light and in dark mode, and fails on any serious or
// critical violation, printing each (rule, target, what is wrong). Browser mode only: it starts a second
// app on a dead socket for the engine-down screen. Uses the shared private engine: run it under the lock.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { expectAllChecksPassed, openStep, resetLessons, runStep, shot } from '../support';
import { startBrowserMode } from '../web-server';

type Scheme = 'light' | 'dark';
const schemes: Scheme[] = ['light', 'dark'];
// WCAG 2.1 A and AA, and axe's best practices (landmarks, headings), of which serious and critical fail.
const rules = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

async function switchScheme(page: Page, scheme: Scheme): Promise<void> {
  const toggle = page.getByTestId('theme-toggle');
  if ((await toggle.getAttribute('data-scheme')) !== scheme) await toggle.click();
  await expect(toggle).toHaveAttribute('data-scheme', scheme);
}

async function switchLanguage(page: Page, language: 'EN' | 'ID'): Promise<void> {
  await page.getByTestId('language-switch').getByText(language, { exact: true }).click();
}

/** One line per failing element: the rule, where it is, and axe's summary of what is wrong. */
async function seriousViolations(page: Page, screen: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(rules).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map(
        (node) =>
          `[${screen}] ${v.id} (${v.impact}) at ${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ')}`,
      ),
    );
}

/**
 * The screen checked in light and then in dark mode. A dialog covers the theme toggle: `show` opens it
 * once the scheme is set, and Escape closes it again.
 */
async function expectAccessible(page: Page, screen: string, show?: () => Promise<void>): Promise<void> {
  const found: string[] = [];
  for (const scheme of schemes) {
    await switchScheme(page, scheme);
    await show?.();
    found.push(...(await seriousViolations(page, `${screen}, ${scheme}`)));
    if (show) {
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toHaveCount(0);
    }
  }
  expect(found, found.join('\n')).toEqual([]);
}

/** Each test starts from a clean engine and runs the steps its screen needs, so none depends on another. */
async function afterSteps(page: Page, lesson: string, steps: string[]): Promise<void> {
  await resetLessons();
  for (const step of steps) await expectAllChecksPassed(await runStep(page, lesson, step));
}

async function showPanel(page: Page, panel: 'logs' | 'networks' | 'console' | 'explore') {
  await page.getByTestId(`tab-${panel}`).click();
  return page.getByTestId(`${panel}-panel`);
}

test.afterAll(async () => resetLessons());
test.beforeEach(async ({ page }) => switchLanguage(page, 'EN'));
// The app remembers both choices for the specs after this one, which expect its light theme in English.
test.afterEach(async ({ page }) => {
  await page.keyboard.press('Escape');
  await switchScheme(page, 'light');
  await switchLanguage(page, 'EN');
});

test('the lesson list and a lesson intro', async ({ page }) => {
  await openStep(page, 'links', 'start-redis');
  await expect(page.getByTestId('lesson-intro')).toBeVisible();
  // A bar between panes side by side is a vertical separator (axe does not know which way it runs).
  const separator = page.getByRole('separator', { name: 'Resize the step and the panels' });
  await expect(separator).toHaveAttribute('aria-orientation', 'vertical');
  await expectAccessible(page, 'lesson intro');
});

test('a step after it ran, with its output and checks, and the logs panel with lines', async ({ page }) => {
  await afterSteps(page, 'links', ['start-redis']);
  const logs = await showPanel(page, 'logs');
  await expect(logs).toContainText('Ready to accept connections', { timeout: 30_000 });
  await page.getByTestId('step-outcome').scrollIntoViewIfNeeded();
  await expectAccessible(page, 'step ran, logs');
  await page.mouse.move(0, 0); // no tooltip over the screenshot
  await expect(page.getByRole('tooltip')).toHaveCount(0);
  await shot(page, '17-dark-mode');

  await switchLanguage(page, 'ID');
  await expect(page.locator('#step-title')).toHaveText('Menjalankan Redis');
  await expectAccessible(page, 'step ran, logs, Indonesian');
  // Longer headers make the bridge network's table scroll sideways in a panel of the default width.
  await showPanel(page, 'networks');
  await expectAccessible(page, 'networks, Indonesian');
});

test("a challenge with a hint and its verdict, and the lesson's ending", async ({ page }) => {
  await resetLessons();
  await page.getByTestId('nav-lesson-links').locator('[data-testid^="nav-step-"]').last().click();
  const challenge = page.getByTestId('challenge');
  await challenge.getByTestId('show-hint').click();
  await expect(challenge.getByTestId('hint-1')).toBeVisible();
  await challenge.getByTestId('challenge-check-work').click();
  await expect(challenge.getByTestId('challenge-verdict')).toHaveAttribute('data-ok', 'false', { timeout: 60_000 });
  await expect(page.getByTestId('lesson-ending')).toBeVisible();
  await expectAccessible(page, 'challenge, ending');
});

test('the console panel with redis-cli', async ({ page }) => {
  await afterSteps(page, 'links', ['start-redis', 'create-link', 'connect-app']);
  const panel = await showPanel(page, 'console');
  await expect(panel.getByTestId('console-terminal')).toContainText('redis:6379>', { timeout: 30_000 });
  await expectAccessible(page, 'console');
});

test('the explore panel after a typed command', async ({ page }) => {
  await openStep(page, 'networks', 'create-network');
  const panel = await showPanel(page, 'explore');
  const terminal = panel.getByTestId('explore-terminal');
  await terminal.click();
  await page.keyboard.type('docker network ls');
  await page.keyboard.press('Enter');
  await expect(terminal).toContainText('bridge', { timeout: 30_000 });
  await expectAccessible(page, 'explore');
});

test('the networks panel (diagram and list) and the reset modal', async ({ page }) => {
  await afterSteps(page, 'networks', ['create-network']);
  const panel = await showPanel(page, 'networks');
  await expect(panel.getByTestId('network-backend-network')).toBeVisible({ timeout: 30_000 });
  // axe skips what a scrolling box hides: the diagram first, then the list below it.
  await panel.getByTestId('topology-diagram').scrollIntoViewIfNeeded();
  await expectAccessible(page, 'networks diagram');
  await panel.getByTestId('network-backend-network').scrollIntoViewIfNeeded();
  await expectAccessible(page, 'networks list');

  await expectAccessible(page, 'reset modal', async () => {
    await page.getByTestId('reset-lesson').click();
    await expect(page.getByRole('dialog')).toContainText('backend-network');
  });
});

test('the shortcuts dialog', async ({ page }) => {
  await expectAccessible(page, 'shortcuts dialog', async () => {
    await page.getByTestId('shortcuts').click();
    await expect(page.getByRole('dialog')).toBeVisible();
  });
});

test('the engine-down screen', async ({ launchBrowser }) => {
  const app = await startBrowserMode({ DOCKER_HOST: 'unix:///tmp/container-talk-nothing-here.sock' });
  const context = await (await launchBrowser()).newContext();
  try {
    const page = await context.newPage();
    await page.goto(app.url);
    await expect(page.getByTestId('engine-down')).toBeVisible();
    await expectAccessible(page, 'engine down');
  } finally {
    await context.close();
    await app.stop();
  }
});
