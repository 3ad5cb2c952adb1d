/**
 * Page open -> first lesson text, in a fresh browser context each time (empty cache), against a static
 * page with the same text served by a bare node http server. The app's first load also gives the
 * initial JS (scripts requested before the app first rendered: raw, and gzip of each file) and whether its
 * scripts and styles came compressed and cacheable.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page, Response } from '@playwright/test';
import { freshPage } from '../lib/app';
import { type MeasureRun, repoRoot } from '../lib/context';
import { compare } from '../lib/interleave';
import { type Measure, withGoal } from '../lib/judge';
import { stopProcess } from '../lib/proc';
import { startApp, startReference } from '../lib/servers';
import { summarize } from '../lib/stats';

/** The first lesson's intro up to its first markdown mark: what the page shows as plain text. */
function firstLessonText(): string {
  const dir = join(repoRoot, 'resources/lessons');
  const lessons = ['links.json', 'networks.json', 'swarm.json']
    .map((file) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as { order: number; intro: { en: string } })
    .sort((a, b) => a.order - b.order);
  const intro = lessons[0]?.intro.en ?? '';
  return intro.split(/[*`[_\n]/)[0]?.trim() ?? '';
}

/**
 * Runs in the page from its first moment: stamps performance.now() at the first frame the text is shown
 * (innerText: rendered text, not a script's or a style's), and at the first frame the app itself rendered
 * (its lesson navigator), until which the scripts loaded are the initial JS.
 */
const stampFirstText = (text: string) => {
  const stamps = window as unknown as { __benchFirstText?: number; __benchAppRendered?: number };
  const tick = () => {
    // biome-ignore lint/performance/useDomNodeTextContent: the text as the learner sees it, not inside scripts.
    if (stamps.__benchFirstText === undefined && document.body?.innerText.includes(text))
      stamps.__benchFirstText = performance.now();
    if (stamps.__benchAppRendered === undefined && document.querySelector('[data-testid^="nav-lesson-"]'))
      stamps.__benchAppRendered = performance.now();
    if (stamps.__benchFirstText === undefined || stamps.__benchAppRendered === undefined) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
};

interface Load {
  ms: number;
  responses: Array<{ response: Response; start: number }>;
  /** Wall-clock time of the app's first render (the page's own for the reference, which has none). */
  renderedAt: number;
}

/** Waits for a stamp of stampFirstText; its performance.now(). */
async function stamp(page: Page, name: '__benchFirstText' | '__benchAppRendered'): Promise<number> {
  const handle = await page.waitForFunction(
    (key) => (window as unknown as Record<string, number>)[key] ?? false,
    name,
    {
      timeout: 30_000,
    },
  );
  return (await handle.jsonValue()) as number;
}

async function open(page: Page, url: string, text: string, isApp: boolean): Promise<Load> {
  await page.context().addInitScript(stampFirstText, text);
  const responses: Load['responses'] = [];
  page.on('response', (response) => responses.push({ response, start: response.request().timing().startTime }));
  await page.goto(url);
  const ms = await stamp(page, '__benchFirstText');
  const rendered = isApp ? await stamp(page, '__benchAppRendered') : ms;
  const origin = await page.evaluate(() => performance.timeOrigin);
  return { ms, responses, renderedAt: origin + rendered };
}

const isAsset = (response: Response) => ['script', 'stylesheet'].includes(response.request().resourceType());

async function assetFigures(load: Load) {
  const scripts = load.responses.filter(
    ({ response, start }) => response.request().resourceType() === 'script' && start <= load.renderedAt,
  );
  let raw = 0;
  let gzip = 0;
  let zod = false;
  for (const { response } of scripts) {
    const body = await response.body();
    raw += body.length;
    gzip += gzipSync(body).length;
    zod ||= body.includes('ZodError');
  }
  const assets = load.responses.filter(({ response }) => isAsset(response));
  const notServed: string[] = [];
  for (const { response } of assets) {
    const headers = await response.allHeaders();
    // A file under 1 KB gains next to nothing from compression: it may come as it is.
    const tiny = (await response.body()).length < 1024;
    const compressed = tiny || /gzip|br|zstd|deflate/.test(headers['content-encoding'] ?? '');
    const maxAge = Number(/max-age=(\d+)/.exec(headers['cache-control'] ?? '')?.[1] ?? 0);
    if (!compressed || !(maxAge > 0 || headers.etag)) notServed.push(new URL(response.url()).pathname);
  }
  return { scripts: scripts.length, raw, gzip, zod, assets: assets.length, notServed };
}

export const firstScreen: MeasureRun = async ({ sizes, chromium, log }) => {
  const text = firstLessonText();
  log(`page open -> "${text.slice(0, 40)}…", against a static page`);
  const app = await startApp();
  const reference = await startReference(`<!doctype html><title>Container Talk</title><p>${text}</p>`);
  const appUrl = app.match[1] as string;
  const referenceUrl = reference.match[1] as string;
  let firstLoad: Load | undefined;
  let assets: Awaited<ReturnType<typeof assetFigures>> | undefined;
  const load = async (url: string, isApp: boolean) => {
    const page = await freshPage(chromium.browser);
    try {
      const loaded = await open(page, url, text, isApp);
      if (isApp && !assets) {
        firstLoad = loaded;
        assets = await assetFigures(loaded);
      }
      return loaded.ms;
    } finally {
      await page.context().close();
    }
  };
  try {
    const screen = await compare({
      id: 'first-screen',
      title: 'page open -> first lesson text',
      unit: 'ms',
      against: 'static page, bare node http server',
      rounds: sizes.firstScreenRuns,
      warmup: sizes.warmup,
      app: () => load(appUrl, true),
      reference: () => load(referenceUrl, false),
    });
    if (!assets || !firstLoad) throw new Error('the app was never loaded');
    const initial: Omit<Measure, 'goal'> = {
      id: 'initial-js',
      title: "initial JS (scripts loaded before the app's first render), gzip",
      unit: 'KB',
      app: summarize([assets.gzip / 1000]),
      details: { rawKB: Math.round(assets.raw / 1000), scripts: assets.scripts, zodInInitialJs: assets.zod },
    };
    const served: Omit<Measure, 'goal'> = {
      id: 'static-files',
      title: 'scripts and styles sent compressed and cacheable (share of them)',
      unit: 'share',
      app: summarize([assets.assets ? 1 - assets.notServed.length / assets.assets : 0]),
      details: { assets: assets.assets, notCompressedOrCacheable: assets.notServed.join(' ') || 'none' },
    };
    return [
      withGoal(screen, { text: 'first lesson text within 3x the static page', stat: 'ratio', limit: 3 }),
      withGoal(initial, { text: 'initial JS at most 300 KB gz', stat: 'median', limit: 300 }),
      withGoal(served, { text: 'static files compressed and cacheable', stat: 'min', limit: 1, atLeast: true }),
    ];
  } finally {
    await stopProcess(app.child);
    await stopProcess(reference.child);
  }
};
