/**
 * The app as the tests run it: browser mode (`node out/main/web.js`, a real process) in the kit's
 * Chromium, launched as Playwright's e2e tests launch it (playwright.config.ts's browser project).
 */
import { type Browser, type BrowserServer, chromium, type Page } from '@playwright/test';
import playwrightConfig from '../../playwright.config';
import { type RunningApp, startBrowserMode } from '../../tests/browser-mode';
import { descendantsWith, rssOf } from './proc';

export type { RunningApp };
export { startBrowserMode };

export interface Chromium {
  browser: Browser;
  version: string;
  /** The busiest renderer process (the page under test: the one with the most resident memory). */
  rendererPid(): number | undefined;
  /** Its resident memory, in bytes (0 without one). */
  rendererRss(): number;
  close(): Promise<void>;
}

function launchOptions() {
  const project = playwrightConfig.projects?.find((p) => p.name === 'browser');
  const options = project?.use?.launchOptions;
  if (!options) throw new Error("playwright.config.ts has no 'browser' project with launchOptions");
  return options;
}

export async function launchChromium(): Promise<Chromium> {
  const server: BrowserServer = await chromium.launchServer(launchOptions());
  const browser = await chromium.connect(server.wsEndpoint());
  const pid = server.process().pid as number;
  const rendererPid = () => {
    const renderers = descendantsWith(pid, '--type=renderer').map((renderer) => [renderer, rssOf(renderer)] as const);
    return renderers.sort((a, b) => b[1] - a[1])[0]?.[0];
  };
  return {
    browser,
    version: browser.version(),
    rendererPid,
    rendererRss: () => {
      const renderer = rendererPid();
      return renderer === undefined ? 0 : rssOf(renderer);
    },
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** Long tasks of the page, kept from its start (read with longTasks()). */
const observeLongTasks = () => {
  const tasks: number[] = [];
  (window as unknown as { __benchLongTasks: number[] }).__benchLongTasks = tasks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
};

/** A fresh context (empty cache, storage) and page, watching its long tasks. */
export async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  // tsx compiles with esbuild's keepNames: functions sent into the page call its __name helper.
  await context.addInitScript({ content: 'globalThis.__name ??= (target) => target;' });
  await context.addInitScript(observeLongTasks);
  return context.newPage();
}

/** The longest task since the last call, in ms (0 when none). */
export async function longestTask(page: Page): Promise<number> {
  return page.evaluate(() => {
    const tasks = (window as unknown as { __benchLongTasks: number[] }).__benchLongTasks;
    const longest = Math.max(0, ...tasks);
    tasks.length = 0;
    return longest;
  });
}
