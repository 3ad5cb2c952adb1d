// Progress checked against the engine when a lesson opens: a step whose container the learner removed
// needs a re-run, and a step that builds on it offers to run that step first.
import { expect, test } from './fixtures';
import { docker, openStep, resetLessons, shot } from './support';

test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => resetLessons());
test.afterAll(async () => resetLessons());

test('a removed container marks its step for a re-run, and a later step offers to run it first', async ({ page }) => {
  await openStep(page, 'links', 'start-redis');
  const first = page.getByTestId('step-links-start-redis');
  await first.getByTestId('run-step').click();
  await expect(first.getByTestId('step-outcome')).toHaveAttribute('data-ok', 'true', { timeout: 90_000 });
  const marker = page.getByTestId('nav-step-links-start-redis');
  await expect(marker).toHaveAttribute('data-mark', 'done');

  await docker('rm', '-f', 'redis-server'); // the learner, with the docker CLI
  await page.reload(); // the lesson opens again
  await expect(marker).toHaveAttribute('data-mark', 'lost');
  await expect(marker).toContainText('needs re-run');
  await openStep(page, 'links', 'start-redis');
  await expect(first.getByTestId('needs-rerun')).toContainText('redis-server');

  await openStep(page, 'links', 'create-link');
  const needs = page.getByTestId('step-links-create-link').getByTestId('needs-step');
  await expect(needs).toContainText('step 1');
  await shot(page, '11-needs-step');
  await needs.getByTestId('run-needed-step').click();
  await expect(first.getByTestId('step-outcome')).toHaveAttribute('data-ok', 'true', { timeout: 90_000 });
  await expect(marker).toHaveAttribute('data-mark', 'done');
  await expect(first.getByTestId('needs-rerun')).toHaveCount(0);

  await openStep(page, 'links', 'create-link');
  await expect(page.getByTestId('step-links-create-link').getByTestId('needs-step')).toHaveCount(0);
});
