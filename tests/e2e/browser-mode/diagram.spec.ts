// The networks diagram read at the panel's default width, after the networks lesson's steps: every
// label at least 11 px tall on screen (from the DOM), a network a group around its containers, redis
// between the two networks it is on, the lesson's console named so, the stopped one-off runs hidden
// until the toggle shows them, the running step's objects highlighted, and one tab stop for it all.
// A network card's "Open a shell" opens a throwaway shell on that network in the Explore terminal,
// which the diagram names an explore shell. Screenshot: test-results/screenshots/13-diagram.png.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { docker, expectAllChecksPassed, openStep, resetLessons, runStep, screenshotDir, shot } from '../support';

test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => resetLessons());
test.afterAll(async () => resetLessons());

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error('not on screen');
  return { top: found.y, bottom: found.y + found.height };
}

/** Each label's height on screen, and its font size on screen (its CSS size times the diagram's zoom). */
async function labelSizes(diagram: Locator) {
  return diagram.evaluate((root) => {
    const viewport = root.querySelector<HTMLElement>('.react-flow__viewport');
    const zoom = viewport ? new DOMMatrix(getComputedStyle(viewport).transform).a : Number.NaN;
    return Array.from(root.querySelectorAll<HTMLElement>('[data-diagram-label]')).map((label) => ({
      text: label.textContent ?? '',
      height: label.getBoundingClientRect().height,
      font: Number.parseFloat(getComputedStyle(label).fontSize) * zoom,
    }));
  });
}

/**
 * The diagram's edges (on screen) that do not start on a drawn handle, or end at no handle's height (an
 * edge to a network meets it straight above or below its container): React Flow draws a moved node's edges
 * from the handles the layout declares (NodeHandles.tsx), not measured, so they must be where nodes draw them.
 */
async function looseEdges(diagram: Locator) {
  return diagram.evaluate((root) => {
    const handles = Array.from(root.querySelectorAll('.react-flow__handle'), (handle) =>
      handle.getBoundingClientRect(),
    );
    const across = (at: number, from: number, to: number) => at >= from - 1 && at <= to + 1;
    const starts = (p: DOMPoint) => handles.some((r) => across(p.x, r.left, r.right) && across(p.y, r.top, r.bottom));
    const ends = (p: DOMPoint) => handles.some((r) => across(p.y, r.top, r.bottom));
    return Array.from(root.querySelectorAll<SVGPathElement>('.react-flow__edge-path')).flatMap((path) => {
      const screen = path.getScreenCTM();
      if (!screen) return [];
      const [start, end] = [0, path.getTotalLength()].map((at) => path.getPointAtLength(at).matrixTransform(screen));
      if (start && end && starts(start) && ends(end)) return [];
      return [
        `${path.closest('.react-flow__edge')?.getAttribute('data-id')} ${start?.x},${start?.y} ${end?.x},${end?.y}`,
      ];
    });
  });
}

/** Elements inside the diagram that Tab stops at (besides the diagram itself). */
async function tabStops(diagram: Locator) {
  return diagram.evaluate(
    (root) =>
      Array.from(root.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]')).filter(
        (element) => element.tabIndex >= 0 && !element.hasAttribute('disabled'),
      ).length,
  );
}

async function stoppedOneOffs(): Promise<string[]> {
  const names = await docker(
    ...['ps', '-a', '--filter', 'label=container-talk.lesson=networks', '--filter', 'status=exited'],
    ...['--format', '{{.Names}}'],
  );
  // `redis` is the one container the lesson names.
  return names.split('\n').filter((name) => name && name !== 'redis');
}

async function showNetworks(page: Page) {
  await page.getByTestId('tab-networks').click();
  return page.getByTestId('topology-diagram');
}

test('the diagram reads at the panel’s default width, hides stopped one-offs, and is one tab stop', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await expectAllChecksPassed(await runStep(page, 'networks', 'create-network'));

  // While a step runs, the objects its command names light up (the step's 4 runs take a few seconds).
  const diagram = await showNetworks(page);
  await expect(diagram.getByTestId('node-backend-network')).toBeVisible({ timeout: 30_000 });
  await openStep(page, 'networks', 'network-communication');
  const running = page.getByTestId('step-networks-network-communication');
  await running.getByTestId('run-step').click();
  await expect(diagram.getByTestId('node-backend-network')).toHaveAttribute('data-highlight', 'command');
  await expect(running.getByTestId('step-outcome')).toBeVisible({ timeout: 90_000 });
  await expectAllChecksPassed(running);
  await expect(diagram.locator('[data-highlight]')).toHaveCount(0, { timeout: 10_000 });

  for (const step of ['connect-two-networks', 'aliases', 'disconnect'])
    await expectAllChecksPassed(await runStep(page, 'networks', step));

  // The lesson's console: a helper container, named for what it is.
  await page.getByTestId('tab-console').click();
  await expect(page.getByTestId('console-terminal')).toContainText('redis:6379>', { timeout: 30_000 });
  await showNetworks(page);
  const console = diagram.locator('[data-role="console"]');
  await expect(console).toHaveCount(1, { timeout: 30_000 });
  await expect(console).toContainText('console');

  // redis, on backend-network and frontend-network2, sits between their groups; web inside frontend-network.
  const [backend, redis, frontend2] = [
    await box(diagram.getByTestId('node-backend-network')),
    await box(diagram.getByTestId('node-redis')),
    await box(diagram.getByTestId('node-frontend-network2')),
  ];
  expect(redis.top).toBeGreaterThan(backend.bottom);
  expect(redis.bottom).toBeLessThan(frontend2.top);

  const sizes = await labelSizes(diagram);
  expect(sizes.map((size) => size.text)).toEqual(expect.arrayContaining(['backend-network', 'redis', 'console']));
  expect(sizes.filter((size) => !(size.height >= 11 && size.font >= 11))).toEqual([]);

  // The lesson's one-off runs (alpine env, ping, …) stopped: hidden until the toggle shows them.
  const oneOffs = await stoppedOneOffs();
  expect(oneOffs.length).toBeGreaterThanOrEqual(5);
  for (const name of oneOffs) await expect(diagram.getByTestId(`node-${name}`)).toHaveCount(0);
  await page.mouse.move(640, 710); // no tab's tooltip over the panel
  await page.waitForTimeout(600); // the nodes glide into place
  await shot(page, '13-diagram');

  // Nothing in the panel is wider than it: cards shrink to it, a long lesson title is cut short.
  const panel = page.getByTestId('networks-panel');
  expect(await panel.evaluate((element) => element.scrollWidth - element.clientWidth)).toBeLessThanOrEqual(0);

  // Engines before API 1.44 report no DNS names: the cards leave that column out there.
  const api = (await docker('version', '--format', '{{.Server.APIVersion}}')).split('.').map(Number);
  const reportsDns = (api[0] ?? 0) > 1 || (api[1] ?? 0) >= 44;
  const headers = page.getByTestId('network-backend-network').getByRole('columnheader');
  await expect(headers.filter({ hasText: 'IPv4 address' })).toHaveCount(1);
  await expect(headers.filter({ hasText: 'DNS names' })).toHaveCount(reportsDns ? 1 : 0);

  const toggle = page.getByRole('switch', { name: /Show stopped one-off containers/ });
  await toggle.check();
  for (const name of oneOffs) await expect(diagram.getByTestId(`node-${name}`)).toHaveCount(1);
  // The one-offs moved the nodes below them: their edges still start and end on their handles.
  await page.waitForTimeout(600); // the nodes glide into place
  expect(await looseEdges(diagram)).toEqual([]);
  await toggle.uncheck();
  await expect(diagram.getByTestId(`node-${oneOffs[0]}`)).toHaveCount(0);

  // One tab stop: the diagram itself, not its edges or nodes; the next Tab leaves it.
  expect(await diagram.locator('.react-flow__edge').count()).toBeGreaterThanOrEqual(2);
  expect(await tabStops(diagram)).toBe(0);
  await diagram.focus();
  await expect(diagram).toBeFocused();
  await page.keyboard.press('Tab');
  expect(await diagram.evaluate((root) => root.contains(document.activeElement))).toBe(false);
});

test('“Open a shell” on a network card opens a throwaway shell on it in Explore', async ({ page }) => {
  // The networks lesson's objects are still there from the test above.
  const diagram = await showNetworks(page);
  await page
    .getByTestId('network-backend-network')
    .getByRole('button', { name: 'Open a shell in a throwaway container on backend-network' })
    .click();
  const explore = page.getByTestId('explore-panel');
  await expect(explore).toBeVisible();
  const mode = explore.getByTestId('explore-mode');
  await expect(mode).toHaveAttribute('data-mode', 'session', { timeout: 30_000 });
  await expect(mode).toContainText('--network backend-network');
  const terminal = explore.getByTestId('explore-terminal');
  await terminal.click();
  await page.keyboard.type('ping -c1 redis');
  await page.keyboard.press('Enter');
  await expect(terminal).toContainText('1 packets received', { timeout: 30_000 });

  await showNetworks(page);
  const shell = diagram.locator('[data-role="explore-shell"]');
  await expect(shell).toHaveCount(1, { timeout: 30_000 });
  await expect(shell).toContainText('explore shell');
  await diagram.screenshot({ path: `${screenshotDir}/13-diagram-explore-shell.png` });
  // Only on backend-network: drawn inside its group.
  const [inner, group] = [await box(shell), await box(diagram.getByTestId('node-backend-network'))];
  expect(inner.top).toBeGreaterThan(group.top);
  expect(inner.bottom).toBeLessThan(group.bottom);

  await page.getByTestId('tab-explore').click();
  await terminal.click();
  await page.keyboard.type('exit');
  await page.keyboard.press('Enter');
  await expect(mode).not.toHaveAttribute('data-mode', 'session', { timeout: 30_000 });
  await showNetworks(page);
  await expect(shell).toHaveCount(0, { timeout: 30_000 });
});
