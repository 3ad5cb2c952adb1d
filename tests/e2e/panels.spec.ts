// The live panels follow the engine: logs of the lesson's containers, the networks panel and its
// diagram (changes by the app and by the docker CLI), and a real redis-cli in the console.
import { expect, test } from './fixtures';
import { docker, expectAllChecksPassed, resetLessons, runStep, shot } from './support';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => resetLessons());
test.afterAll(async () => {
  await docker('network', 'rm', 'outside-net').catch(() => undefined);
  await resetLessons();
});

test("logs show redis-server's own lines", async ({ page }) => {
  await expectAllChecksPassed(await runStep(page, 'links', 'start-redis'));
  await page.getByTestId('tab-logs').click();
  await expect(page.getByTestId('logs-panel')).toContainText('Ready to accept connections', { timeout: 30_000 });
  await expect(page.getByTestId('logs-panel')).toContainText('redis-server');
  await shot(page, '05-logs');
});

test('the console runs the real redis-cli, and KEYS * lists what the app stored', async ({ page }) => {
  await expectAllChecksPassed(await runStep(page, 'links', 'connect-app'));
  await page.getByTestId('tab-console').click();
  const terminal = page.getByTestId('console-terminal');
  // Named by the lesson's console label; one console, so no picker.
  await expect(terminal).toHaveAttribute('aria-label', 'redis-cli terminal');
  await expect(page.getByTestId('console-picker')).toHaveCount(0);
  await expect(page.getByTestId('console-command')).toContainText(
    'docker run -it --link redis-server:redis redis redis-cli -h redis',
  );
  await expect(terminal).toContainText('redis:6379>', { timeout: 30_000 });
  await terminal.click();
  await page.keyboard.type('KEYS *');
  await page.keyboard.press('Enter');
  await expect(terminal).toContainText('"requests"');
  await expect(terminal).toContainText('"ip"');
  await shot(page, '06-console');
});

test('the networks panel and diagram follow the app and the docker CLI', async ({ page }) => {
  await resetLessons();
  await expectAllChecksPassed(await runStep(page, 'networks', 'create-network'));
  await page.getByTestId('tab-networks').click();
  const panel = page.getByTestId('networks-panel');
  await expect(panel.getByTestId('network-backend-network')).toBeVisible({ timeout: 30_000 });
  const ip = await docker(
    'inspect',
    '-f',
    '{{(index .NetworkSettings.Networks "backend-network").IPAddress}}',
    'redis',
  );
  await expect(panel.getByTestId('endpoint-backend-network-redis')).toContainText(ip);

  // A network connect made by the app (step 3 connects redis to frontend-network)...
  await expectAllChecksPassed(await runStep(page, 'networks', 'connect-two-networks'));
  await page.getByTestId('tab-networks').click();
  await expect(panel.getByTestId('endpoint-frontend-network-redis')).toBeVisible({ timeout: 30_000 });

  // ...and one made outside the app, with the docker CLI.
  await docker('network', 'create', 'outside-net');
  await docker('network', 'connect', 'outside-net', 'redis');
  await expect(panel.getByTestId('endpoint-outside-net-redis')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('topology-diagram').getByTestId('node-outside-net')).toBeVisible();
  await shot(page, '07-networks');
  await docker('network', 'disconnect', 'outside-net', 'redis');
  await expect(panel.getByTestId('endpoint-outside-net-redis')).toHaveCount(0, { timeout: 30_000 });
});
