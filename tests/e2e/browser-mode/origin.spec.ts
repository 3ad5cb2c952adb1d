// Browser mode opens under either loopback name it listens on (the printed 127.0.0.1, and localhost),
// and a page it refuses says why instead of "the server stopped". No engine is needed: the app runs
// pointed at a socket where nothing listens.
import { expect, test } from '../fixtures';
import { shot } from '../support';
import { startBrowserMode } from '../web-server';

test('opens at localhost as well as at 127.0.0.1, and says why it refuses a stale address', async ({
  launchBrowser,
}) => {
  const app = await startBrowserMode({ DOCKER_HOST: 'unix:///tmp/container-talk-nothing-here.sock' });
  const context = await (await launchBrowser()).newContext();
  try {
    const page = await context.newPage();
    for (const url of [app.url, app.url.replace('//127.0.0.1:', '//localhost:')]) {
      await page.goto(url);
      await expect(page.getByTestId('engine-down')).toBeVisible(); // the app answered this page
      await expect(page.getByTestId('connection-lost')).toHaveCount(0);
    }
    await page.goto(app.url.replace(/token=[^&]+/, 'token=from-another-launch'));
    const refused = page.getByTestId('connection-lost');
    await expect(refused).toBeVisible();
    await expect(refused).toHaveAttribute('data-code', 'UNAUTHORIZED');
    await expect(refused).toContainText('token of another launch');
    await expect(refused).not.toContainText('server stopped');
    await shot(page, '10-refused-page');

    await page.goto(app.url);
    await app.stop(); // and when the server really goes away, the page says that
    await expect(page.getByTestId('connection-lost')).toContainText('server stopped');
  } finally {
    await context.close();
    await app.stop();
  }
});
