// The first screen: scripts and styles come compressed and cached for good (the page itself never), a second
// visit takes them from the cache, and a panel's code (React Flow, xterm) loads only when the panel opens.
import type { Page, Response } from '@playwright/test';
import { expect, test } from '../fixtures';

const isAsset = (response: Response) => ['script', 'stylesheet'].includes(response.request().resourceType());

/** Tests given `freshPage`: a page of a fresh browser context (its own empty cache), closed after the test. */
const inFreshContext = test.extend<{ freshPage: Page }>({
  freshPage: async ({ launchBrowser }, use) => {
    const context = await (await launchBrowser()).newContext();
    try {
      await use(await context.newPage());
    } finally {
      await context.close();
    }
  },
});

inFreshContext(
  'scripts and styles are compressed and immutable, the page is not cached, a second visit uses the cache',
  async ({ appUrl, freshPage: page }) => {
    const responses: Response[] = [];
    page.on('response', (response) => responses.push(response));
    await page.goto(appUrl);
    await expect(page.locator('#step-title')).not.toBeEmpty();

    const document = responses.find((r) => r.request().resourceType() === 'document');
    expect(await document?.headerValue('cache-control')).toBe('no-store');
    expect(await document?.headerValue('content-security-policy')).toContain("script-src 'self'");
    const assets = responses.filter(isAsset);
    expect(assets.length).toBeGreaterThan(3); // split: libraries apart from the app's code
    for (const asset of assets) {
      const headers = await asset.allHeaders();
      // The build leaves files under 1 KB as they are (see precompress.ts): the loader's runtime, a small panel's
      // styles. Every larger one comes compressed.
      const small = !headers['content-encoding'] && Number(headers['content-length']) < 1024;
      if (!small) expect(headers['content-encoding'], asset.url()).toMatch(/^(br|gzip)$/);
      expect(headers['cache-control'], asset.url()).toBe('public, max-age=31536000, immutable');
      expect(new URL(asset.url()).pathname, asset.url()).toMatch(/^\/assets\/.+-[\w-]{8}\.(js|css)$/);
    }

    await page.goto(appUrl); // a second visit: the scripts come from the browser's cache
    await expect(page.locator('#step-title')).not.toBeEmpty();
    const fetched = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => /\.(js|css)$/.test(entry.name))
        .map((entry) => ({ name: entry.name, bytes: (entry as PerformanceResourceTiming).transferSize })),
    );
    expect(fetched.length).toBeGreaterThan(3);
    expect(fetched.filter((entry) => entry.bytes > 0)).toEqual([]);
  },
);

test("a panel's code loads when the panel is first opened, and the panel stays as it was", async ({ page }) => {
  await expect(page.locator('#step-title')).not.toBeEmpty();
  await expect(page.getByTestId('logs-panel')).toBeVisible(); // the panel open at start
  const scripts = () =>
    page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.js')).length);
  const atStart = await scripts();
  await expect(page.locator('.react-flow')).toHaveCount(0);
  await expect(page.locator('.xterm')).toHaveCount(0);

  await page.getByTestId('tab-networks').click();
  await expect(page.getByTestId('networks-panel')).toBeVisible();
  await expect(page.locator('.react-flow')).toHaveCount(1);
  await expect(page.locator('.xterm')).toHaveCount(0);
  expect(await scripts()).toBeGreaterThan(atStart);

  await page.getByTestId('tab-explore').click();
  await expect(page.getByTestId('explore-panel')).toBeVisible();
  await expect(page.locator('.xterm')).toHaveCount(1);
  await expect(page.getByTestId('explore-mode')).toHaveAttribute('data-mode', 'prompt');

  // Back and forth: each panel is mounted once and kept (hidden), not loaded or built again.
  await page.getByTestId('tab-networks').click();
  await page.getByTestId('tab-explore').click();
  await expect(page.locator('.react-flow')).toHaveCount(1);
  await expect(page.locator('.xterm')).toHaveCount(1);
});

inFreshContext(
  'the page carries the lessons, progress and settings, and shows the lesson with no answer from the wire',
  async ({ appUrl, freshPage: page }) => {
    // The WebSocket opens but nothing reaches the server, so nothing comes back: the page has only its boot data.
    const sent: string[] = [];
    await page.routeWebSocket(/\/api\?/, (socket) => socket.onMessage((message) => sent.push(String(message))));
    await page.goto(appUrl);
    const boot = JSON.parse((await page.locator('#boot-data').textContent()) ?? 'null') as {
      lessons: Array<{ id: string; title: { en: string; id: string } }>;
      progress: object;
      settings: object;
    };
    expect(boot.lessons.map((lesson) => lesson.id).sort()).toEqual(['links', 'networks', 'swarm']);
    expect(boot.progress).toBeInstanceOf(Object);
    expect(boot.settings).toBeInstanceOf(Object);
    await expect(page.locator('#step-title')).not.toBeEmpty();
    const language = (await page.evaluate(() => document.documentElement.lang)) === 'id' ? 'id' : 'en';
    for (const lesson of boot.lessons)
      await expect(page.getByText(lesson.title[language], { exact: true }).first()).toBeVisible();
    // The lessons, progress and settings were never asked for over the wire.
    expect(sent.join('\n')).not.toMatch(/lessons\.list|progress\.get|settings\.get/);
  },
);

for (const [name, replacement] of [
  ['malformed', '{"lessons": ['],
  ['absent', null],
] as const) {
  inFreshContext(
    `a page whose boot data is ${name} asks for the lessons over the wire`,
    async ({ appUrl, freshPage: page }) => {
      // The block is changed as soon as the parser puts it in the page, before the app's (deferred) module runs.
      await page.addInitScript((text: string | null) => {
        new MutationObserver((_, observer) => {
          const block = document.getElementById('boot-data');
          if (!block) return;
          (window as unknown as { bootBlockServed: boolean }).bootBlockServed = true;
          if (text === null) block.remove();
          else block.textContent = text;
          observer.disconnect();
        }).observe(document, { childList: true, subtree: true });
      }, replacement);
      const sent: string[] = [];
      page.on('websocket', (socket) => socket.on('framesent', ({ payload }) => sent.push(String(payload))));
      await page.goto(appUrl);
      await expect(page.locator('#step-title')).not.toBeEmpty();
      expect(await page.evaluate(() => (window as unknown as { bootBlockServed?: boolean }).bootBlockServed)).toBe(
        true,
      );
      expect(sent.join('\n')).toMatch(/lessons\.list/);
      expect(sent.join('\n')).toMatch(/progress\.get/);
    },
  );
}

inFreshContext(
  "the open step's text shows before any script has run, and the app replaces it with the same step",
  async ({ appUrl, freshPage: page }) => {
    await page.route(/\.js$/, (route) => route.abort());
    await page.goto(appUrl);
    const served = page.locator('#first-screen > article.first-screen h3');
    await expect(served).toBeVisible();
    const step = (await served.textContent()) ?? '';
    expect(step).not.toBe('');
    await page.unroute(/\.js$/);
    await page.reload();
    await expect(page.locator('#step-title')).toHaveText(step);
    await expect(page.locator('#first-screen')).toHaveCount(0);
  },
);
