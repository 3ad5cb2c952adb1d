// Both lessons, clicked through in the app against the private engine: the outputs are the engine's
// real ones (compared with docker inspect) and every check ticks.
import { expect, test } from './fixtures';
import { docker, expectAllChecksPassed, resetLessons, runStep, shot } from './support';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => resetLessons());
test.afterAll(async () => resetLessons());

test('the links lesson, step by step', async ({ page }) => {
  await expect(page.getByTestId('engine-status')).toContainText('20.10');
  await shot(page, '01-start');

  await expectAllChecksPassed(await runStep(page, 'links', 'start-redis'));

  const link = await runStep(page, 'links', 'create-link');
  await expectAllChecksPassed(link);
  const ip = await docker('inspect', '-f', '{{.NetworkSettings.Networks.bridge.IPAddress}}', 'redis-server');
  await expect(link.getByTestId('action-output-0')).toContainText(`REDIS_PORT_6379_TCP_ADDR=${ip}`);
  await expect(link.getByTestId('action-output-1')).toContainText(`${ip}`);
  await expect(link.getByTestId('action-output-2')).toContainText(`from ${ip}`);
  await shot(page, '02-links-step');

  const app = await runStep(page, 'links', 'connect-app');
  await expectAllChecksPassed(app);
  await expect(app.getByTestId('action-output-1')).toContainText('Total requests: 1');
  await app.getByTestId('under-the-hood').first().click();
  await expect(app.getByTestId('api-call').first()).toBeVisible();
  await shot(page, '03-under-the-hood');

  const cli = await runStep(page, 'links', 'redis-cli');
  await expectAllChecksPassed(cli);
  await expect(cli.getByTestId('action-output-0')).toContainText('"requests"');
});

test('the networks lesson, step by step', async ({ page }) => {
  await resetLessons(); // the links lesson's app holds port 3000
  for (const step of ['create-network', 'network-communication', 'connect-two-networks', 'aliases', 'disconnect']) {
    const view = await runStep(page, 'networks', step);
    await expectAllChecksPassed(view);
    if (step === 'network-communication')
      await expect(view.getByTestId('action-output-2')).toContainText('nameserver 127.0.0.11');
  }
  await shot(page, '04-networks-lesson');
  await expect(page.getByTestId('nav-lesson-networks')).toBeVisible();
});
