/**
 * Memory of the app's two processes: browser mode's node process (RSS) and the page's Chromium renderer
 * (RSS, and its JS heap after a garbage collection). Growth across lesson + reset cycles of both lessons
 * (after one warm-up cycle), driven through the WebSocket API while the page is open; then the figures
 * after both lessons and a flood of log lines.
 */
import type { Page } from '@playwright/test';
import { ApiSocket } from '../../tests/api-socket';
import { freshPage } from '../lib/app';
import type { MeasureRun } from '../lib/context';
import { cleanup, docker } from '../lib/docker';
import { appFlood, newFlood } from '../lib/flood';
import { type Measure, withGoal } from '../lib/judge';
import { LESSONS, lessonCycle } from '../lib/lessons';
import { MiB, rssOf, sleep, stopProcess } from '../lib/proc';
import { startApp } from '../lib/servers';
import { summarize } from '../lib/stats';

interface Snapshot {
  main: number;
  renderer: number;
  heap: number;
}

async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize;
  } finally {
    await cdp.detach();
  }
}

const one = (value: number, unit: string, id: string, title: string): Omit<Measure, 'goal'> => ({
  id,
  title,
  unit,
  app: summarize([value]),
});

export const memory: MeasureRun = async ({ sizes, chromium, log }) => {
  const app = await startApp();
  const pid = app.child.pid as number;
  const url = app.match[1] as string;
  const page = await freshPage(chromium.browser);
  // A lesson step may build images: minutes, not the default 30 s.
  const api = await ApiSocket.open(url, { replyMs: 300_000 });
  const snapshot = async (): Promise<Snapshot> => {
    await sleep(2000);
    const heap = await heapAfterGc(page);
    return { main: rssOf(pid), renderer: chromium.rendererRss(), heap };
  };
  try {
    await page.goto(url);
    await page.getByTestId('tab-logs').click();
    for (const lesson of LESSONS) await api.call('lesson.reset', { lesson });
    log('memory: one warm-up cycle of both lessons');
    await lessonCycle(api);
    const before = await snapshot();
    for (let i = 1; i <= sizes.cycles; i++) {
      await lessonCycle(api);
      log(`  cycle ${i}/${sizes.cycles}: main ${Math.round(rssOf(pid) / MiB)} MiB`);
    }
    const after = await snapshot();
    log(`memory: ${sizes.floodLines} log lines`);
    const flood = await appFlood(page, newFlood(sizes.floodLines));
    if (flood.shown === undefined) log("memory: the flood's last line did not show; measured anyway");
    const flooded = await snapshot();
    await docker('rm', '-f', flood.id);
    const mainGrowth = one(
      (after.main - before.main) / MiB,
      'MiB',
      'memory-growth-main',
      `main process RSS growth across ${sizes.cycles} lesson+reset cycles`,
    );
    const heapGrowth = one(
      (after.heap - before.heap) / MiB,
      'MiB',
      'memory-growth-renderer',
      `renderer JS heap growth across ${sizes.cycles} lesson+reset cycles (after GC)`,
    );
    const goal = (text: string) => ({ text, stat: 'max' as const, limit: 10, slack: 5 });
    return [
      one(
        flooded.main / MiB,
        'MiB',
        'memory-main',
        `main process RSS after both lessons and ${sizes.floodLines.toLocaleString('en')} log lines`,
      ),
      one(flooded.renderer / MiB, 'MiB', 'memory-renderer', 'renderer RSS, same moment'),
      one(flooded.heap / MiB, 'MiB', 'memory-renderer-heap', 'renderer JS heap after GC, same moment'),
      withGoal(mainGrowth, goal('main process: no growth across 15 cycles beyond 10 MiB')),
      withGoal(heapGrowth, goal('renderer: no growth across 15 cycles beyond 10 MiB')),
      one(
        (after.renderer - before.renderer) / MiB,
        'MiB',
        'memory-growth-renderer-rss',
        `renderer RSS growth across ${sizes.cycles} cycles`,
      ),
    ];
  } finally {
    for (const lesson of LESSONS) await api.call('lesson.reset', { lesson }).catch(() => undefined);
    api.close();
    await page.context().close();
    await stopProcess(app.child);
    await cleanup();
  }
};
