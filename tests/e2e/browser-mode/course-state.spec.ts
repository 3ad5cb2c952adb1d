// A course the learner can trust: a reload and a restart keep what they saw (each step's last output
// and checks, the open lesson, the Timestamps toggle); a Run button that cannot run says why; a failed
// check says what to try next; the intro and the ending; browser mode's favicon, its tokenless address
// and its connection banner. Screenshots: 15-intro, 16-ending (copied to docs/screenshots).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { docker, expectAllChecksPassed, openStep, resetLessons, runStep, shot } from '../support';
import { type RunningApp, startBrowserMode } from '../web-server';

test.beforeAll(async () => resetLessons());
test.afterAll(async () => resetLessons());

const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const timestamps = (page: Page) => page.getByRole('switch', { name: 'Timestamps' });

/** What the create-network step showed: its step view with output and every check passed. */
async function expectKeptNetworkStep(page: Page, networkId: string) {
  const view = page.getByTestId('step-networks-create-network');
  await expect(view).toBeVisible(); // the open lesson (not the first one) and its step
  await expect(view.getByTestId('last-run')).toContainText(/Last run \d\d:\d\d/);
  await expect(view.getByTestId('action-0')).toContainText(networkId);
  await expect(view.getByTestId('step-outcome')).toHaveAttribute('data-ok', 'true');
  await expectAllChecksPassed(view);
  await expect(timestamps(page)).toBeChecked();
}

test('a reload and a restart keep the outputs, checks, open lesson and Timestamps', async ({ launchBrowser }) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ct-course-state-'));
  const apps: RunningApp[] = [await startBrowserMode({ CONTAINER_TALK_DATA: dataDir })];
  const context = await (await launchBrowser()).newContext();
  try {
    const page = await context.newPage();
    await page.goto(apps[0]?.url ?? '');
    const view = await runStep(page, 'networks', 'create-network');
    await expectAllChecksPassed(view);
    await expect(view.getByTestId('last-run')).toHaveCount(0); // just ran: not "from before"
    const networkId = await docker('network', 'inspect', '--format', '{{.Id}}', 'backend-network');
    await expect(view.getByTestId('action-0')).toContainText(networkId);
    await page.getByTestId('tab-logs').click();
    await timestamps(page).click({ force: true });
    await expect(timestamps(page)).toBeChecked();

    await page.reload();
    await expectKeptNetworkStep(page, networkId);

    await apps[0]?.stop();
    apps.push(await startBrowserMode({ CONTAINER_TALK_DATA: dataDir }));
    await page.goto(apps[1]?.url ?? '');
    await expectKeptNetworkStep(page, networkId);

    // A reset forgets them: the step shows as never run.
    await page.getByTestId('reset-lesson').click();
    await page.getByTestId('reset-confirm').click();
    await page.getByTestId('reset-report').getByRole('button', { name: 'Close' }).click();
    await expect(page.getByTestId('step-networks-create-network').getByTestId('step-outcome')).toHaveCount(0);
    await page.reload();
    await expect(page.getByTestId('step-networks-create-network')).toBeVisible();
    await expect(page.getByTestId('step-networks-create-network').getByTestId('last-run')).toHaveCount(0);
  } finally {
    await context.close();
    for (const app of apps) await app.stop();
  }
});

test('the step-complete toast keeps clear of the newest log lines', async ({ page }) => {
  await resetLessons();
  await page.getByTestId('tab-logs').click();
  await expectAllChecksPassed(await runStep(page, 'links', 'start-redis'));
  const complete = page.getByTestId('step-complete');
  await expect(complete).toBeVisible();
  const [toast, logs] = [await complete.boundingBox(), await page.getByTestId('logs-panel').boundingBox()];
  expect(toast && logs && toast.y + toast.height <= logs.y).toBe(true);
});

/**
 * Holds the app's answers to step.run until the test releases them: the page shows the step running
 * for as long as the test looks around (the step itself runs on the engine as usual).
 */
async function holdStepAnswers(page: Page): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.routeWebSocket(/\/api/, (socket) => {
    const server = socket.connectToServer();
    const stepRuns = new Set<number>();
    socket.onMessage((message) => {
      const request = JSON.parse(String(message)) as { t: string; id: number; op?: string };
      if (request.t === 'req' && request.op === 'step.run') stepRuns.add(request.id);
      server.send(message);
    });
    server.onMessage((message) => {
      const answer = JSON.parse(String(message)) as { t: string; id: number };
      if (answer.t === 'res' && stepRuns.has(answer.id)) void released.then(() => socket.send(message));
      else socket.send(message);
    });
  });
  return release;
}

test('a Run or Reset button that cannot act says why: an earlier step first, another step running', async ({
  page,
}) => {
  await resetLessons();
  const release = await holdStepAnswers(page);
  await page.reload();

  // Nothing of step 1 on the engine: step 2 says to run it first.
  await openStep(page, 'links', 'create-link');
  const link = page.getByTestId('step-links-create-link');
  const run = link.getByTestId('run-step');
  await expect(link.getByTestId('run-reason')).toHaveText(
    'Run step 1 (“Start Redis”) first: this step uses what it creates.',
  );
  await expect(run).toHaveAttribute('aria-disabled', 'true');
  await expect(link.getByTestId('needs-step')).toBeVisible();

  await openStep(page, 'links', 'start-redis');
  await page.getByTestId('step-links-start-redis').getByTestId('run-step').click();
  await openStep(page, 'links', 'create-link');
  const why = 'Another step is running: Start Redis (Communicating with links).';
  await expect(link.getByTestId('run-reason')).toHaveText(new RegExp(`^${literally(why)}`));
  await expect(run).toHaveAttribute('aria-disabled', 'true');
  await expect(run).toHaveAccessibleDescription(new RegExp(`^${literally(why)}`));
  await run.hover();
  await expect(page.getByRole('tooltip')).toContainText(why);
  const reset = page.getByTestId('reset-lesson');
  await expect(reset).toHaveAttribute('aria-disabled', 'true');
  await expect(reset).toHaveAccessibleDescription(/^A step is running: Start Redis/);
  // What the step shows (nothing, or a result an earlier spec left kept in the shared app) stays as it is.
  const outcome = link.getByTestId('step-outcome');
  const shown = (await outcome.count()) ? await outcome.textContent() : '';
  await run.click({ force: true }); // does nothing
  await page.waitForTimeout(500);
  expect((await outcome.count()) ? await outcome.textContent() : '').toBe(shown);

  release();
  await expect(page.getByTestId('nav-step-links-start-redis')).toHaveAttribute('data-mark', 'done', {
    timeout: 60_000,
  });
  await expect(run).not.toHaveAttribute('aria-disabled', 'true');
  await expect(link.getByTestId('run-reason')).toHaveCount(0);
  await expect(reset).not.toHaveAttribute('aria-disabled', 'true');
});

test('a failed check says what to try next', async ({ page }) => {
  await resetLessons();
  await expectAllChecksPassed(await runStep(page, 'networks', 'create-network'));
  await docker('network', 'disconnect', 'backend-network', 'redis'); // redis runs, but not on the network
  const view = await runStep(page, 'networks', 'network-communication');
  await expect(view.getByTestId('step-outcome')).toHaveAttribute('data-ok', 'false');
  const ping = view.getByTestId('check-ping-reply');
  await expect(ping).toHaveAttribute('data-ok', 'false');
  await expect(ping.getByTestId('hint-for-check')).toContainText(
    /Try next: redis did not answer\. Check in the Networks panel that it is running/,
  );
  await expect(view.getByTestId('check-embedded-dns').getByTestId('hint-for-check')).toHaveCount(0); // passed
  await ping.scrollIntoViewIfNeeded();
  await page.getByTestId('language-switch').getByText('ID').click();
  await expect(ping.getByTestId('hint-for-check')).toContainText('Coba berikutnya: redis tidak menjawab');
  await page.getByTestId('language-switch').getByText('EN').click();
});

test('the intro opens a lesson, the ending closes it with the next lesson', async ({ page }) => {
  await openStep(page, 'networks', 'create-network');
  await expect(page.getByTestId('nav-summary-networks')).toContainText('user-defined networks');
  const intro = page.getByTestId('lesson-intro');
  await expect(intro.getByRole('heading', { name: 'About this lesson' })).toBeVisible();
  await expect(intro.getByTestId('lesson-summary')).toContainText('user-defined networks');
  await shot(page, '15-intro');
  // The ending closes the lesson's last step (its challenge).
  await page.getByTestId('nav-lesson-networks').locator('[data-testid^="nav-step-"]').last().click();
  const ending = page.getByTestId('lesson-ending');
  await ending.scrollIntoViewIfNeeded();
  const next = ending.getByTestId('next-lesson');
  await expect(next).toHaveText('Next lesson: Across machines: overlay networks on a swarm');
  const cut = await next.evaluate((button) =>
    Array.from(button.querySelectorAll('span')).some((s) => s.scrollWidth > s.clientWidth),
  );
  expect(cut).toBe(false); // the whole title shows, wrapped if need be
  await shot(page, '16-ending');
});

test('browser mode: a favicon, and an address without its token says what is missing', async ({ launchBrowser }) => {
  const app = await startBrowserMode({ DOCKER_HOST: 'unix:///tmp/container-talk-nothing-here.sock' });
  const context = await (await launchBrowser()).newContext();
  try {
    const page = await context.newPage();
    await page.goto(app.url);
    const icon = await page.locator('link[rel="icon"]').evaluate((link) => (link as HTMLLinkElement).href);
    const answer = await page.request.get(icon);
    expect(answer.status()).toBe(200);
    expect(answer.headers()['content-type']).toBe('image/png');
    expect((await answer.body()).subarray(1, 4).toString()).toBe('PNG');

    await page.goto(app.url.replace(/\?token=.*/, ''));
    const banner = page.getByTestId('connection-lost');
    await expect(banner).toContainText('This link is missing its ?token=… part');
    await expect(banner).toContainText('npm run web');
    await expect(banner).not.toContainText('server stopped');
    // Across the whole window: what is at its left end is the banner, not the lessons' sidebar.
    const box = await banner.boundingBox();
    expect(box?.x).toBe(0);
    const point = { x: 20, y: (box?.y ?? 0) + (box?.height ?? 0) - 8 };
    const onTop = await page.evaluate(
      ({ x, y }) => document.elementFromPoint(x, y)?.closest('[data-testid="connection-lost"]') != null,
      point,
    );
    expect(onTop).toBe(true);
  } finally {
    await context.close();
    await app.stop();
  }
});

test('the console starts by itself once step 1 ran, and Alt+digits switch panels without typing', async ({ page }) => {
  await resetLessons();
  await openStep(page, 'links', 'start-redis');
  await page.getByTestId('tab-console').click();
  const failed = page.getByTestId('console-error');
  await expect(failed).toContainText('redis-server');
  await expect(failed).not.toContainText('::');
  await expect(page.getByTestId('console-panel')).toContainText('Ctrl+C ends redis-cli');

  await page.getByTestId('step-links-start-redis').getByTestId('run-step').click();
  const terminal = page.getByTestId('console-terminal');
  await expect(terminal).toContainText('redis:6379>', { timeout: 60_000 }); // no Reconnect pressed
  await expect(failed).toHaveCount(0);

  await terminal.click();
  await page.keyboard.press('Alt+Digit2');
  await expect(page.getByTestId('tab-networks')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Alt+Digit3');
  await expect(page.getByTestId('tab-console')).toHaveAttribute('aria-selected', 'true');
  await terminal.click();
  await page.keyboard.type('PING');
  await page.keyboard.press('Enter');
  await expect(terminal).toContainText('PONG');
  await expect(terminal).toContainText('redis:6379> PING'); // nothing typed before it by Alt+2 or Alt+3
});
