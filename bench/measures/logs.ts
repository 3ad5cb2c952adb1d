/**
 * The log flood: N lines from one container, from `docker run -d` to the last line on the page, in a
 * fresh page each run, against `docker run -d` + `docker logs -f`. The same runs give the WebSocket
 * frames and bytes, the server's RSS above its idle, the renderer's longest task, whether the newest
 * line stays in view while following, and whether the first line and a random one are found by search.
 */
import type { Page } from '@playwright/test';
import { freshPage, longestTask } from '../lib/app';
import type { MeasureRun } from '../lib/context';
import { docker } from '../lib/docker';
import { appFlood, FLOOD_TIMEOUT_MS, type Flood, newFlood, referenceFlood } from '../lib/flood';
import { compare } from '../lib/interleave';
import { type Measure, withGoal } from '../lib/judge';
import { MiB, now, rssOf, sampleRss, schedOf, sleep, stopProcess } from '../lib/proc';
import { startApp } from '../lib/servers';
import { summarize } from '../lib/stats';

/** The newest line is whole inside the list's visible area (not only in its DOM, nor cut at its bottom). */
const inView = (text: string) => {
  const panel = document.querySelector('[data-testid="logs-panel"]');
  const scroller = panel?.querySelector('[role="region"]') ?? panel;
  if (!panel || !scroller) return false;
  const walker = document.createTreeWalker(panel, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent?.includes(text) || !node.parentElement) continue;
    const row = node.parentElement.getBoundingClientRect();
    const view = scroller.getBoundingClientRect();
    // A pixel of slack: rows have fractional heights.
    if (row.top >= view.top - 1 && row.bottom <= view.bottom + 1 && row.height > 0) return true;
  }
  return false;
};

/** Types into the search box, shows only matching lines, and waits for `pattern` among the shown lines. */
async function found(page: Page, query: string, pattern: RegExp): Promise<boolean> {
  const panel = page.getByTestId('logs-panel');
  await panel.getByRole('textbox', { name: 'Search the logs' }).fill(query);
  const only = panel.getByRole('checkbox', { name: 'Only matching lines' });
  if ((await only.count()) && !(await only.isChecked())) await only.check();
  try {
    await page.waitForFunction(
      ({ source }) => {
        // biome-ignore lint/performance/useDomNodeTextContent: rendered rows, one a line, as the learner sees them.
        const text = (document.querySelector('[data-testid="logs-panel"]') as HTMLElement | null)?.innerText ?? '';
        return new RegExp(source, 'm').test(text);
      },
      { source: pattern.source },
      { timeout: 20_000 },
    );
    return true;
  } catch {
    return false;
  }
}

/** A number among 1..max with as many digits as max: no other number of the flood contains it. */
function randomLine(max: number): string {
  const low = 10 ** (String(max).length - 1);
  return String(low + Math.floor(Math.random() * (max - low + 1)));
}

interface Run {
  /** The last line never showed within the timeout (the run counts as the timeout). */
  timedOut: number;
  frames: number;
  bytes: number;
  rssAboveIdle: number;
  idle: number;
  longTask: number;
  /** The page's main thread over the same span: ms on a CPU, and ms runnable but waiting for one. */
  onCpu: number;
  waitingForCpu: number;
  following: number;
  searched: number;
  searchMs: number;
}

async function oneAppRun(
  page: Page,
  url: string,
  pids: { server: number; renderer(): number | undefined },
  flood: Flood,
): Promise<{ ms: number; run: Run }> {
  let frames = 0;
  let bytes = 0;
  page.on('websocket', (socket) =>
    socket.on('framereceived', ({ payload }) => {
      frames++;
      bytes += typeof payload === 'string' ? Buffer.byteLength(payload) : payload.length;
    }),
  );
  await page.goto(url);
  await page.getByTestId('tab-logs').click();
  await page.getByTestId('logs-panel').waitFor();
  await sleep(1000);
  const idle = rssOf(pids.server);
  const renderer = pids.renderer() ?? 0;
  await longestTask(page);
  const sched = schedOf(renderer);
  frames = 0;
  bytes = 0;
  const rss = sampleRss(pids.server);
  const { id, start, shown } = await appFlood(page, flood);
  await sleep(1000);
  const { onCpuMs, waitingMs } = schedOf(renderer);
  const run: Run = {
    timedOut: shown === undefined ? 1 : 0,
    frames,
    bytes,
    idle,
    rssAboveIdle: rss.stop() - idle,
    longTask: await longestTask(page),
    onCpu: onCpuMs - sched.onCpuMs,
    waitingForCpu: waitingMs - sched.waitingMs,
    following: (await page.evaluate(inView, flood.end)) ? 1 : 0,
    searched: 0,
    searchMs: 0,
  };
  const searchStart = now();
  const line = randomLine(flood.lines - 2);
  const first = await found(page, flood.first, new RegExp(flood.first));
  const random = await found(page, line, new RegExp(`\\|\\s*${line}\\s*$`));
  run.searched = first && random ? 1 : 0;
  run.searchMs = now() - searchStart;
  await docker('rm', '-f', id);
  return { ms: shown === undefined ? FLOOD_TIMEOUT_MS : shown - start, run };
}

export const logs: MeasureRun = async ({ sizes, chromium, log }) => {
  log(`${sizes.floodLines} log lines -> last line on the page, against docker run -d + docker logs -f`);
  const app = await startApp();
  const pids = { server: app.child.pid as number, renderer: chromium.rendererPid };
  const runs: Run[] = [];
  try {
    const compared = await compare({
      id: 'logs-flood',
      title: `${sizes.floodLines.toLocaleString('en')} log lines, last line on the page`,
      unit: 'ms',
      against: '`docker run -d` + `docker logs -f`',
      rounds: sizes.floodRuns,
      warmup: sizes.warmup,
      app: async () => {
        const page = await freshPage(chromium.browser);
        try {
          const { ms, run } = await oneAppRun(page, app.match[1] as string, pids, newFlood(sizes.floodLines));
          runs.push(run);
          log(
            `  app ${run.timedOut ? 'TIMED OUT at ' : ''}${Math.round(ms)} ms, ${run.frames} frames, +${Math.round(run.rssAboveIdle / MiB)} MiB, longest task ${Math.round(run.longTask)} ms (page's main thread: ${Math.round(run.onCpu)} ms on a CPU, ${Math.round(run.waitingForCpu)} ms waiting for one)`,
          );
          return ms;
        } finally {
          await page.context().close();
        }
      },
      reference: async () => {
        const ms = await referenceFlood(sizes.floodLines);
        log(`  reference ${Math.round(ms)} ms`);
        return ms;
      },
    });
    const recorded = runs.slice(runs.length - sizes.floodRuns);
    const of = (pick: (run: Run) => number) => summarize(recorded.map(pick));
    const flood = { ...compared, details: { timedOut: recorded.reduce((sum, r) => sum + r.timedOut, 0) } };
    const frames: Measure = {
      id: 'logs-frames',
      title: `WebSocket frames for ${sizes.floodLines.toLocaleString('en')} lines`,
      unit: 'frames',
      app: of((r) => r.frames),
      details: { medianMB: Math.round(of((r) => r.bytes).median / 1e5) / 10 },
    };
    const rss: Omit<Measure, 'goal'> = {
      id: 'logs-server-rss',
      title: 'server RSS above idle during the flood',
      unit: 'MiB',
      app: of((r) => r.rssAboveIdle / MiB),
      details: { idleMiB: Math.round(of((r) => r.idle / MiB).median) },
    };
    const task: Omit<Measure, 'goal'> = {
      id: 'logs-long-task',
      title: 'longest renderer task during the flood',
      unit: 'ms',
      app: of((r) => r.longTask),
      // A task's wall time is its CPU time plus the time its thread waited for a core: on a machine the
      // engine keeps busy, the second can be the larger.
      details: {
        medianMainThreadOnCpuMs: Math.round(of((r) => r.onCpu).median),
        medianMainThreadWaitingForCpuMs: Math.round(of((r) => r.waitingForCpu).median),
      },
    };
    const following: Omit<Measure, 'goal'> = {
      id: 'logs-following',
      title: 'newest line in view while following (runs where it was)',
      unit: 'share',
      app: of((r) => r.following),
    };
    const search: Omit<Measure, 'goal'> = {
      id: 'logs-search',
      title: 'first line and a random line found by search (runs where both were)',
      unit: 'share',
      app: of((r) => r.searched),
      details: { medianSearchMs: Math.round(of((r) => r.searchMs).median) },
    };
    return [
      withGoal(flood, { text: 'lines reach the screen within 2x `docker logs -f`', stat: 'ratio', limit: 2 }),
      frames,
      withGoal(rss, { text: 'server RSS within 50 MiB of idle', stat: 'max', limit: 50, slack: 10 }),
      withGoal(task, { text: 'no renderer task over 50 ms', stat: 'max', limit: 50, slack: 25 }),
      withGoal(following, { text: 'following keeps the newest line visible', stat: 'min', limit: 1, atLeast: true }),
      withGoal(search, {
        text: 'every line of the flood can be found by search',
        stat: 'min',
        limit: 1,
        atLeast: true,
      }),
    ];
  } finally {
    await stopProcess(app.child);
  }
};
