// Lessons never collide on port 3000: with the links lesson's web app still running, the networks
// lesson's step that publishes 3000 says which lesson's container holds it and offers to stop it; one
// click stops that container (not removes it) and the step runs again by itself and passes.
import { expect, test } from '../fixtures';
import { docker, expectAllChecksPassed, openStep, resetLessons, runStep, shot } from '../support';

test.beforeAll(async () => resetLessons());
test.afterAll(async () => resetLessons());

const linksWebState = () =>
  docker('ps', '-a', '--filter', 'label=container-talk.step=connect-app', '--format', '{{.State}}');

test("stops the links lesson's web app from the networks step that needs its port", async ({ page }) => {
  for (const step of ['start-redis', 'connect-app']) await expectAllChecksPassed(await runStep(page, 'links', step));
  for (const step of ['create-network', 'network-communication']) await runStep(page, 'networks', step);

  const view = await runStep(page, 'networks', 'connect-two-networks');
  await expect(view.getByTestId('step-outcome')).toHaveAttribute('data-ok', 'false');
  await expect(view.getByTestId('error').first()).toHaveAttribute('data-code', 'PORT_BUSY');
  const stop = view.getByTestId('free-port');
  await expect(stop).toHaveText(/^Stop \S+ \(lesson Communicating with links\)$/);
  await view.getByTestId('error').first().scrollIntoViewIfNeeded();
  await shot(page, '11-port-held-by-another-lesson');

  await stop.click();
  await expect(view.getByTestId('step-outcome')).toHaveAttribute('data-ok', 'true', { timeout: 90_000 });
  await expectAllChecksPassed(view);
  expect(await linksWebState()).toBe('exited');

  await openStep(page, 'links', 'connect-app'); // links keeps its progress; its web step needs a re-run
  await expect(page.getByTestId('nav-step-links-start-redis')).toHaveAttribute('data-mark', 'done');
  await expect(page.getByTestId('nav-step-links-connect-app')).toHaveAttribute('data-mark', 'lost');
  await expect(page.getByTestId('nav-step-links-connect-app')).toContainText('needs re-run');
});
