// A lesson opens with its summary and intro, closes with what was learned and the next lesson (by `order`);
// the last lesson ends the course with a way back to each lesson. Requirements show as badges that explain themselves.
import { expect, test } from './fixtures';
import { openStep, shot } from './support';

test('the first step shows the lesson intro, and only the first', async ({ page }) => {
  await openStep(page, 'links', 'start-redis');
  const intro = page.getByTestId('step-links-start-redis').getByTestId('lesson-intro');
  await expect(intro.getByTestId('lesson-summary')).toContainText("Connect containers on Docker's default bridge");
  await expect(intro).toContainText('Before user-defined networks existed, containers found each other through links.');
  await expect(intro.getByTestId('requirement-legacyLinks')).toBeVisible();
  await shot(page, '12-lesson-intro');

  await openStep(page, 'links', 'create-link');
  await expect(page.getByTestId('lesson-intro')).toHaveCount(0);
  await expect(page.getByTestId('lesson-ending')).toHaveCount(0);
});

test('the lesson list is in course order, with requirement badges that explain themselves', async ({ page }) => {
  await expect(page.getByTestId('nav-lesson-networks')).toBeVisible();
  const order = await page
    .locator('[data-testid^="nav-lesson-"]')
    .evaluateAll((sections) => sections.map((s) => s.getAttribute('data-testid')));
  expect(order.slice(0, 2)).toEqual(['nav-lesson-links', 'nav-lesson-networks']);

  const links = page.getByTestId('nav-lesson-links').getByTestId('requirement-legacyLinks');
  await expect(links).toContainText('legacy links');
  await expect(page.getByTestId('nav-lesson-networks').getByTestId('requirements-networks')).toHaveCount(0);
  await links.hover();
  await expect(page.getByRole('tooltip')).toContainText('Podman cannot run this lesson');
  // Keyboard users get the same explanation: the badge takes focus and opens its tooltip.
  await page.mouse.move(0, 0);
  await links.focus();
  await expect(page.getByRole('tooltip')).toContainText('--link');
});

test('the last step ends the lesson, and "Next lesson" opens lesson 2 at its intro', async ({ page }) => {
  // The lesson's last step is its challenge: the ending closes it.
  await openStep(page, 'links', 'challenge');
  const ending = page.getByTestId('step-links-challenge').getByTestId('lesson-ending');
  await expect(ending.getByRole('heading', { name: 'What you learned' })).toBeVisible();
  await expect(ending).toContainText('You linked containers the legacy way');
  const next = ending.getByTestId('next-lesson');
  await expect(next).toHaveText('Next lesson: Communicating over networks');
  await ending.scrollIntoViewIfNeeded();
  await shot(page, '13-lesson-ending');

  await next.click();
  const first = page.getByTestId('step-networks-create-network');
  await expect(first).toBeVisible();
  await expect(first.getByTestId('lesson-intro')).toContainText('User-defined networks replace links.');
  await expect(page.getByTestId('nav-step-networks-create-network')).toHaveAttribute('aria-current', 'step');
});

test('the last lesson finishes the course, with links back to each lesson', async ({ page }) => {
  const last = page.locator('[data-testid^="nav-lesson-"]').last();
  await last.locator('[data-testid^="nav-step-"]').last().click();
  const finished = page.getByTestId('course-finished');
  await expect(finished).toContainText('You finished the course');
  await expect(page.getByTestId('next-lesson')).toHaveCount(0);
  await finished.scrollIntoViewIfNeeded();
  await shot(page, '14-course-finished');
  await finished.getByTestId('back-to-links').click();
  await expect(page.getByTestId('step-links-start-redis')).toBeVisible();
});

test('intro, ending and badges in Indonesian', async ({ page }) => {
  await page.getByTestId('language-switch').getByText('ID', { exact: true }).click();
  await openStep(page, 'links', 'challenge');
  await expect(page.getByTestId('lesson-ending')).toContainText('Anda telah menghubungkan container dengan cara lama');
  await expect(page.getByTestId('next-lesson')).toHaveText('Pelajaran berikutnya: Komunikasi menggunakan Network');
  await expect(page.getByTestId('nav-lesson-links').getByTestId('requirement-legacyLinks')).toContainText(
    'link (usang)',
  );
  await page.getByTestId('next-lesson').click();
  await expect(page.getByTestId('lesson-intro')).toContainText('User-defined network menggantikan link.');
});
