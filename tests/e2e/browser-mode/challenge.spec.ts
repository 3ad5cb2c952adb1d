// A challenge, as a learner meets it in real Chromium against the private engine: the networks lesson's
// last step gives a goal and no Run button; its hints open one at a time; "Check my work" before solving
// shows every check red with what it found; the solution typed line by line in the Explore terminal turns
// it green by itself, and the step gets its ✓. Screenshot: 14-challenge (copied to docs/screenshots).
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { expectAllChecksPassed, openStep, resetLessons, runStep, shot } from '../support';

test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => resetLessons());
test.afterAll(async () => resetLessons());

const earlierSteps = ['create-network', 'network-communication', 'connect-two-networks', 'aliases', 'disconnect'];
const challenge = (page: Page) => page.getByTestId('step-networks-challenge');

/** Ctrl+L, the line typed and Enter, at the Explore prompt; waits until the prompt is back. */
async function typeLine(page: Page, line: string) {
  await page.keyboard.press('Control+L');
  await page.keyboard.type(line);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('explore-mode')).toHaveAttribute('data-mode', 'prompt', { timeout: 90_000 });
}

test('hints open one at a time, from the first to the last', async ({ page }) => {
  await openStep(page, 'networks', 'challenge');
  const view = challenge(page);
  await expect(view.getByTestId('challenge')).toContainText('web2');
  await expect(view.getByTestId('run-step')).toHaveCount(0);
  const more = view.getByTestId('show-hint');
  for (const n of [1, 2, 3]) {
    await expect(more).toHaveText(`Show hint ${n} of 3`);
    await expect(view.getByTestId(`hint-${n}`)).toHaveCount(0);
    await more.click();
    await expect(view.getByTestId(`hint-${n}`)).toBeVisible();
  }
  await expect(view.getByTestId('hint-3')).toContainText('docker network connect --alias db db-network redis');
  await expect(more).toHaveCount(0);
});

test('"Check my work" before solving shows the checks red, each with what it found', async ({ page }) => {
  for (const step of earlierSteps) await expectAllChecksPassed(await runStep(page, 'networks', step));
  await openStep(page, 'networks', 'challenge');
  const view = challenge(page);
  await view.getByTestId('challenge-check-work').click();
  await expect(view.getByTestId('challenge-verdict')).toHaveAttribute('data-ok', 'false', { timeout: 60_000 });
  await expect(view.getByTestId('challenge-verdict')).toContainText('5 of 5 checks failed');
  await expect(view.getByTestId('check-redis-alias-db')).toHaveAttribute('data-ok', 'false');
  await expect(view.getByTestId('check-redis-alias-db')).toContainText('Found:');
  await expect(view.getByTestId('check-web2-counts')).toHaveAttribute('data-ok', 'false');
  await expect(view.getByTestId('check-web2-counts')).toContainText('web2');
  await expect(page.getByTestId('nav-step-networks-challenge')).not.toHaveAttribute('data-mark', 'done');
});

test('solved by typing in the Explore terminal, it turns green and the step gets its ✓', async ({ page }) => {
  await openStep(page, 'networks', 'challenge');
  await challenge(page).getByTestId('open-explore').click();
  await expect(page.getByTestId('explore-mode')).toHaveAttribute('data-mode', 'prompt');
  const terminal = page.getByTestId('explore-terminal');
  await terminal.click();
  await typeLine(page, 'docker network create db-network');
  await typeLine(page, 'docker network connect --alias db db-network redis');
  // Each typed line checks the challenge again: the alias is there, web2 not yet.
  await expect(terminal).toContainText(/not solved yet/i);
  await expect(challenge(page).getByTestId('check-redis-alias-db')).toHaveAttribute('data-ok', 'true');
  await expect(challenge(page).getByTestId('challenge-verdict')).toHaveAttribute('data-ok', 'false');
  await typeLine(page, 'docker run -d --name web2 --net=db-network -e REDIS_HOST=db container-talk/redis-node-example');
  // The terminal lists the challenge's checks after the line (the header above them has scrolled away).
  await expect(terminal).toContainText('Total requests');

  // The step shows it without another click: every check green, and its ✓ in the step list.
  const view = challenge(page);
  await expect(view.getByTestId('challenge-verdict')).toHaveAttribute('data-ok', 'true');
  await expectAllChecksPassed(view);
  await expect(page.getByTestId('nav-step-networks-challenge')).toHaveAttribute('data-mark', 'done');

  // Checked again by the button, against the engine as it is now: still green.
  await view.getByTestId('challenge-check-work').click();
  await expect(view.getByTestId('challenge-check-work')).not.toHaveAttribute('data-loading', 'true', {
    timeout: 60_000,
  });
  await expect(view.getByTestId('challenge-verdict')).toHaveAttribute('data-ok', 'true');
  // Two hints open, as a learner who needed them would have it.
  await view.getByTestId('show-hint').click();
  await view.getByTestId('show-hint').click();
  await view.getByTestId('challenge').evaluate((section) => section.scrollIntoView({ block: 'start' }));
  await shot(page, '14-challenge');
});
