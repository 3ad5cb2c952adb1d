// The app speaks Indonesian (lessons, the engine's and the lessons' errors, what a check found, the
// engine-down report), says what to do when no engine answers, and when its own server is gone.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { docker, openStep, resetLessons, runStep, shot } from './support';
import { startBrowserMode } from './web-server';

test('switches to Indonesian, lessons included', async ({ page }) => {
  await page.getByTestId('language-switch').getByText('ID', { exact: true }).click();
  await page.getByTestId('nav-step-links-start-redis').click();
  await expect(page.locator('#step-title')).toHaveText('Menjalankan Redis');
  await shot(page, '08-indonesian');
  await page.getByTestId('language-switch').getByText('EN', { exact: true }).click();
  await expect(page.locator('#step-title')).toHaveText('Start Redis');
});

const speak = (page: Page, language: 'EN' | 'ID') =>
  page.getByTestId('language-switch').getByText(language, { exact: true }).click();

test('a name conflict and a failed check speak Indonesian, down to what the check found', async ({ page }) => {
  await resetLessons();
  // The learner's own container holds the name the lesson's first step needs.
  await docker('create', '--name', 'redis-server', 'alpine', 'true');
  try {
    await speak(page, 'ID');
    const error = (await runStep(page, 'links', 'start-redis')).getByTestId('error').first();
    await expect(error).toHaveAttribute('data-code', 'NAME_TAKEN');
    await expect(error).toContainText(
      'Sudah ada container bernama "redis-server" yang tidak dibuat oleh pelajaran ini.',
    );
    await expect(error).toContainText('Yang perlu dilakukan: Aplikasi ini tidak pernah menyentuh container yang tidak');
    await expect(error).toContainText('Nama sudah dipakai');
    await expect(error).not.toContainText('already exists');
  } finally {
    await docker('rm', '-f', 'redis-server');
  }

  // The links challenge checked before it is solved: each check red, with what it found, in Indonesian.
  await openStep(page, 'links', 'challenge');
  const view = page.getByTestId('step-links-challenge');
  await view.getByTestId('challenge-check-work').click();
  await expect(view.getByTestId('challenge-verdict')).toHaveAttribute('data-ok', 'false', { timeout: 60_000 });
  const running = view.getByTestId('check-client-running');
  await expect(running).toHaveAttribute('data-ok', 'false');
  await expect(running).toContainText('Ditemukan: tidak ada container bernama cache-client');
  // A check that would look inside a container that is not there says so, as the ownership policy words it.
  await expect(view.getByTestId('check-cache-env')).toContainText(
    'Ditemukan: Tidak ada container bernama "cache-client".',
  );
  await running.scrollIntoViewIfNeeded();
  await shot(page, '18-indonesian-found');
  // The same result, read again in English: nothing runs again.
  await speak(page, 'EN');
  await expect(running).toContainText('Found: no container named cache-client');
  await resetLessons();
});

test('shows the engine-down screen with the fix when nothing listens', async ({ launchBrowser }, testInfo) => {
  test.skip(testInfo.project.name !== 'browser', 'browser mode starts its own app pointed at a dead socket');
  const app = await startBrowserMode({ DOCKER_HOST: 'unix:///tmp/container-talk-nothing-here.sock' });
  const context = await (await launchBrowser()).newContext();
  try {
    const page = await context.newPage();
    await page.goto(app.url);
    const down = page.getByTestId('engine-down');
    await expect(down).toBeVisible();
    await expect(down).toContainText('container-talk-nothing-here.sock');
    await expect(page.getByTestId('retry-countdown')).toBeVisible();
    // Lessons stay readable meanwhile.
    await page.getByTestId('nav-step-links-start-redis').click();
    await expect(page.locator('#step-title')).toHaveText('Start Redis');
    await shot(page, '09-engine-down');
    // The report, and each place the app looked, in Indonesian too.
    await speak(page, 'ID');
    await expect(down).toContainText('Tidak ada container engine yang menjawab.');
    await expect(down).toContainText('Engine tidak ditemukan (ENGINE_NOT_FOUND)');
    await expect(down).toContainText(
      'Tidak ada apa pun di /tmp/container-talk-nothing-here.sock: socket tersebut tidak ada.',
    );
    await expect(down.getByTestId('probe').first()).toContainText('Yang perlu dilakukan: DOCKER_HOST menunjuk ke');
    await expect(down).not.toContainText('No container engine answered');
    await speak(page, 'EN');
    // And when the app itself goes away, the page says so instead of waiting forever.
    await app.stop();
    await expect(page.getByTestId('connection-lost')).toBeVisible();
  } finally {
    await context.close();
    await app.stop();
  }
});
