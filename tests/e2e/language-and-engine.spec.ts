// The app speaks Indonesian, says what to do when no engine answers, and when its own server is gone.
import { expect, test } from './fixtures';
import { shot } from './support';
import { startBrowserMode } from './web-server';

test('switches to Indonesian, lessons included', async ({ page }) => {
  await page.getByTestId('language-switch').getByText('ID', { exact: true }).click();
  await page.getByTestId('nav-step-links-start-redis').click();
  await expect(page.locator('#step-title')).toHaveText('Menjalankan Redis');
  await shot(page, '08-indonesian');
  await page.getByTestId('language-switch').getByText('EN', { exact: true }).click();
  await expect(page.locator('#step-title')).toHaveText('Start Redis');
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
    // And when the app itself goes away, the page says so instead of waiting forever.
    await app.stop();
    await expect(page.getByTestId('connection-lost')).toBeVisible();
  } finally {
    await context.close();
    await app.stop();
  }
});
