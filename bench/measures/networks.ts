/**
 * CLI `network connect` / `disconnect` -> the networks panel shows it, measured from the engine's own
 * event time (timeNano) to the first frame after the panel's DOM changed; the reference is when the
 * same event reached a `docker events` client. Once with the engine as it is, once with many more
 * containers and networks (the bench's own, labelled, removed afterwards).
 */
import type { Page } from '@playwright/test';
import { freshPage, longestTask } from '../lib/app';
import type { BenchContext, MeasureRun } from '../lib/context';
import { BENCH_LABEL, cleanup, docker, inBatches } from '../lib/docker';
import { NetworkEvents } from '../lib/engine-events';
import { type Measure, withGoal } from '../lib/judge';
import { stopProcess, wallClock } from '../lib/proc';
import { startApp } from '../lib/servers';
import { armedStamp, armStamp } from '../lib/stamp';
import { summarize } from '../lib/stats';

const NETWORK = 'ctbench-net';
const CONTAINER = 'ctbench-box';
const endpoint = `[data-testid="endpoint-${NETWORK}-${CONTAINER}"]`;

async function timeChanges(page: Page, events: NetworkEvents, changes: number) {
  const shown: number[] = [];
  const delivered: number[] = [];
  await longestTask(page);
  for (let i = 0; i < changes; i++) {
    const action = (await page.locator(endpoint).count()) ? 'disconnect' : 'connect';
    await armStamp(page, { selector: endpoint });
    const since = wallClock();
    await docker('network', action, NETWORK, CONTAINER);
    const event = await events.next(since, (e) => e.action === action && e.network === NETWORK);
    const flipped = await armedStamp(page, 10_000);
    shown.push(flipped - event.at);
    delivered.push(event.arrived - event.at);
  }
  return { shown, delivered, longTask: await longestTask(page) };
}

async function addMany({ sizes, log }: BenchContext): Promise<void> {
  log(`adding ${sizes.manyNetworks} networks and ${sizes.manyContainers} containers`);
  const networks = Array.from({ length: sizes.manyNetworks }, (_, i) => `ctbench-many-${i}`);
  await inBatches(networks, 10, (name) => docker('network', 'create', '--label', BENCH_LABEL, name));
  const containers = Array.from({ length: sizes.manyContainers }, (_, i) => i);
  await inBatches(containers, 10, (i) =>
    docker(
      'run',
      '-d',
      '--label',
      BENCH_LABEL,
      '--name',
      `ctbench-many-c${i}`,
      '--network',
      networks[i % networks.length] as string,
      'alpine',
      'sleep',
      '3600',
    ),
  );
}

function measureOf(
  id: string,
  title: string,
  figures: Awaited<ReturnType<typeof timeChanges>>,
  limit: number,
  goalText: string,
): Measure {
  const measure: Omit<Measure, 'goal'> = {
    id,
    title,
    unit: 'ms',
    app: summarize(figures.shown),
    reference: { label: 'engine event delivered to `docker events`', summary: summarize(figures.delivered) },
    details: { longestTaskMs: Math.round(figures.longTask) },
  };
  return withGoal(measure, { text: goalText, stat: 'p95', limit, slack: 10 });
}

export const networks: MeasureRun = async (context) => {
  const { sizes, chromium, log } = context;
  await docker('network', 'create', '--label', BENCH_LABEL, NETWORK);
  await docker('run', '-d', '--label', BENCH_LABEL, '--name', CONTAINER, 'alpine', 'sleep', '3600');
  const app = await startApp();
  const events = await NetworkEvents.follow();
  const page = await freshPage(chromium.browser);
  try {
    await page.goto(app.match[1] as string);
    await page.getByTestId('tab-networks').click();
    await page.getByTestId(`network-${NETWORK}`).waitFor({ timeout: 30_000 });
    log('network connect/disconnect -> networks panel');
    const few = await timeChanges(page, events, sizes.networkChanges);
    await addMany(context);
    await page.getByTestId(`network-ctbench-many-${sizes.manyNetworks - 1}`).waitFor({ timeout: 60_000 });
    await page
      .locator(`[data-testid^="endpoint-ctbench-many-"][data-testid$="-ctbench-many-c${sizes.manyContainers - 1}"]`)
      .waitFor({ timeout: 60_000 });
    log('same, with the many');
    const many = await timeChanges(page, events, sizes.networkChanges);
    return [
      measureOf(
        'networks-panel',
        'CLI network connect/disconnect -> networks panel, after the engine event',
        few,
        60,
        'a CLI change shows within 60 ms p95 of the engine event',
      ),
      measureOf(
        'networks-panel-many',
        `same, with ${sizes.manyContainers} more containers on ${sizes.manyNetworks} more networks`,
        many,
        100,
        `under 100 ms p95 with ${sizes.manyContainers} containers and ${sizes.manyNetworks} networks`,
      ),
    ];
  } finally {
    await page.context().close();
    await events.stop();
    await stopProcess(app.child);
    await cleanup();
  }
};
