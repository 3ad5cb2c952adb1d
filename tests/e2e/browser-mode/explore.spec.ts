// The Explore terminal, typed into like a learner would in real Chromium against the private engine: a
// docker line runs and prints what the engine did, a step's own command completes that step, a command
// the app does not run says what it runs, ↑ recalls and Tab completes, and a shell on the lesson's
// network (one click from "Try it yourself") answers cat /etc/hosts until exit brings the prompt back.
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { expectAllChecksPassed, openStep, resetLessons, runStep, shot } from '../support';

const speak = (page: Page, language: 'EN' | 'ID') =>
  page.getByTestId('language-switch').getByText(language, { exact: true }).click();

test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => resetLessons());
test.afterAll(async () => resetLessons());

const terminalOf = (page: Page) => page.getByTestId('explore-terminal');

/** The Explore tab, at its prompt, with the keyboard in the terminal. */
async function openExplore(page: Page) {
  await page.getByTestId('tab-explore').click();
  await expect(page.getByTestId('explore-mode')).toHaveAttribute('data-mode', 'prompt');
  const terminal = terminalOf(page);
  await expect(terminal).toContainText('$');
  await terminal.click();
  return terminal;
}

/** Ctrl+L, then the line typed and Enter; waits until the prompt is back. */
async function typeLine(page: Page, line: string) {
  await page.keyboard.press('Control+L');
  await page.keyboard.type(line);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('explore-mode')).toHaveAttribute('data-mode', 'prompt', { timeout: 90_000 });
}

test('a typed docker run on the lesson network pings redis by name', async ({ page }) => {
  await expectAllChecksPassed(await runStep(page, 'networks', 'create-network'));
  const terminal = await openExplore(page);
  await expect(terminal).toHaveAttribute('aria-label', 'Explore terminal');
  await typeLine(page, 'docker run --network backend-network alpine ping -c1 redis');
  await expect(terminal).toContainText('1 packets received');
  // It is step 2's last command (--network, --net=: the same): its checks ran, the step needs the others.
  await expect(terminal).toContainText('✓ ping exited with status 0');
  // 1 of 4 on a fresh app; more, or complete, when an earlier spec's run of step 2 is kept by the shared app.
  await expect(terminal).toContainText(
    /Step 2 \(Talk over the network\): [123] of 4 commands done|Step 2 complete: Talk over the network/,
  );
  await shot(page, '12-explore');
});

test('a command outside the subset says what the terminal runs', async ({ page }) => {
  const terminal = await openExplore(page);
  await typeLine(page, 'ls');
  await expect(terminal).toContainText('"ls" is not a command this terminal runs');
  await expect(terminal).toContainText('docker network');
  // A docker command the parser refuses: why, and its usage.
  await typeLine(page, 'docker ps --bogus');
  await expect(terminal).toContainText('Error: The command was not accepted');
  await expect(terminal).toContainText('What to do: Usage: docker ps');
});

test('Ctrl+C stops a line that runs on and brings the prompt back', async ({ page }) => {
  const terminal = await openExplore(page);
  await page.keyboard.press('Control+L');
  await page.keyboard.type('docker run --network backend-network alpine ping redis');
  await page.keyboard.press('Enter');
  await expect(terminal).toContainText('64 bytes from', { timeout: 30_000 });
  await expect(page.getByTestId('explore-mode')).toHaveAttribute('data-mode', 'running');
  await page.keyboard.press('Control+C');
  await expect(page.getByTestId('explore-mode')).toHaveAttribute('data-mode', 'prompt', { timeout: 30_000 });
  await expect(terminal).toContainText('^C');
});

test('↑ recalls the last line and Tab completes a subcommand', async ({ page }) => {
  const terminal = await openExplore(page);
  await typeLine(page, 'docker ps');
  await page.keyboard.press('Control+L');
  await expect(terminal).not.toContainText('docker ps');
  await page.keyboard.press('ArrowUp');
  await expect(terminal).toContainText('$ docker ps');
  await page.keyboard.press('Control+C');

  await page.keyboard.press('Control+L');
  await page.keyboard.type('docker netw');
  await page.keyboard.press('Tab');
  await expect(terminal).toContainText('$ docker network');
  // The completion ended with a space: "ls" is a word of its own.
  await page.keyboard.type('ls');
  await page.keyboard.press('Enter');
  await expect(terminal).toContainText('backend-network');
  await expect(terminal).not.toContainText('networkls');

  // Several candidates: listed below the line, then the prompt and the line again.
  await page.keyboard.press('Control+L');
  await page.keyboard.type('docker network c');
  await page.keyboard.press('Tab');
  await expect(terminal).toContainText(/connect\s+create\s*\$ docker network c/);
  await page.keyboard.press('Control+C');
});

test("a step's command typed completes that step, and its ✓ shows in the step list", async ({ page }) => {
  await openStep(page, 'links', 'start-redis');
  await expect(page.getByTestId('nav-step-links-start-redis')).not.toHaveAttribute('data-mark', 'done');
  await page.getByTestId('step-links-start-redis').getByTestId('try-it').click();
  const terminal = terminalOf(page);
  await expect(terminal).toContainText('$ docker run -d --name redis-server redis');
  await expect(page.getByTestId('explore-mode')).toHaveAttribute('data-mode', 'prompt');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('explore-mode')).toHaveAttribute('data-mode', 'prompt', { timeout: 90_000 });
  await expect(terminal).toContainText('✓ Step 1 complete: ');
  await expect(page.getByTestId('nav-step-links-start-redis')).toHaveAttribute('data-mark', 'done');
  await expect(page.getByTestId('step-links-start-redis').getByTestId('step-outcome')).toHaveAttribute(
    'data-ok',
    'true',
  );
});

test('a shell on the lesson network from "Try it yourself" runs cat /etc/hosts until exit', async ({ page }) => {
  await openStep(page, 'networks', 'network-communication');
  const view = page.getByTestId('step-networks-network-communication');
  await view.getByTestId('try-shell').click();
  await page.getByTestId('shell-on-backend-network').click();
  const terminal = terminalOf(page);
  await expect(page.getByTestId('explore-mode')).toHaveAttribute('data-mode', 'session', { timeout: 60_000 });
  await expect(terminal).toContainText('/ #', { timeout: 30_000 });
  await page.keyboard.type('cat /etc/hosts');
  await page.keyboard.press('Enter');
  await expect(terminal).toContainText('localhost');
  await page.keyboard.type('exit');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('explore-mode')).toHaveAttribute('data-mode', 'prompt', { timeout: 30_000 });
  await typeLine(page, 'docker network ls');
  await expect(terminal).toContainText('backend-network');
});

test('after a reload: a fresh prompt and the history kept; in Indonesian, Jelajah and its messages', async ({
  page,
}) => {
  await openStep(page, 'networks', 'network-communication');
  await openExplore(page);
  await typeLine(page, 'docker network ls');
  await page.reload();
  await openStep(page, 'networks', 'network-communication');
  const terminal = await openExplore(page);
  await expect(terminal).not.toContainText('backend-network');
  await page.keyboard.press('ArrowUp');
  await expect(terminal).toContainText('$ docker network ls');
  await page.keyboard.press('Control+C');

  await speak(page, 'ID');
  try {
    await expect(page.getByTestId('tab-explore')).toContainText('Jelajah');
    await expect(terminal).toHaveAttribute('aria-label', 'Terminal Jelajah');
    await terminal.click();
    await typeLine(page, 'ls');
    await expect(terminal).toContainText('"ls" bukan perintah yang dijalankan terminal ini');
  } finally {
    await speak(page, 'EN');
  }
});

test('an interactive step opens in Explore, where the learner types KEYS * into redis-cli', async ({ page }) => {
  await expectAllChecksPassed(await runStep(page, 'links', 'connect-app'));
  await openStep(page, 'links', 'redis-cli');
  await page.getByTestId('step-links-redis-cli').getByTestId('open-in-explore').click();
  const terminal = terminalOf(page);
  await expect(page.getByTestId('explore-mode')).toHaveAttribute('data-mode', 'session', { timeout: 60_000 });
  await expect(terminal).toContainText('redis:6379>', { timeout: 30_000 });
  await page.keyboard.type('KEYS *');
  await page.keyboard.press('Enter');
  await expect(terminal).toContainText('"requests"');
  await page.keyboard.type('quit');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('explore-mode')).toHaveAttribute('data-mode', 'prompt', { timeout: 30_000 });
});

test("the lesson's challenge, solved by typing, turns green", async ({ page }) => {
  await openStep(page, 'networks', 'challenge');
  const terminal = await openExplore(page);
  for (const line of [
    'docker network create db-network',
    'docker network connect --alias db db-network redis',
    'docker run -d --name web2 --net=db-network -e REDIS_HOST=db container-talk/redis-node-example',
  ])
    await typeLine(page, line);
  // Checked after every command; web2 may still be starting after the last one: a command later, again.
  const mark = page.getByTestId('nav-step-networks-challenge');
  await expect(async () => {
    if ((await mark.getAttribute('data-mark')) !== 'done') await typeLine(page, 'docker start web2');
    await expect(mark).toHaveAttribute('data-mark', 'done', { timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
  await expect(terminal).toContainText('✓ Solved: Challenge: a second app');
  await expect(terminal).toContainText('✓ Asked from inside web2, the app answers');
  await shot(page, '12-explore-challenge');
});
