// Impatient clicks: the same step run 50 times at once, from one page and from two. Steps run one at a
// time, so the first run executes and the others reuse what it made: one container, and no run fails.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppServices } from '../../src/main/api/services';
import type { StepResult } from '../../src/shared/results';
import { client, resultOf } from '../contract-calls';
import { docker } from '../engine/support';
import { type FigureTable, keepFigures } from './figures';
import { servicesOnPrivateEngine } from './private-services';

interface RaceFigures extends Record<string, number> {
  runs: number;
  failed: number;
  executed: number;
  containers: number;
}

const raceTable = (pages: number): FigureTable<RaceFigures> => ({
  name: `race-figures-${pages}`,
  title: `the links lesson's first step run 50 times at once from ${pages} page(s)`,
  writer: 'tests/faults/races.test.ts',
  rows: [
    { key: 'runs', label: 'runs answered', better: 'higher' },
    { key: 'failed', label: 'runs that failed', better: 'lower' },
    { key: 'executed', label: 'runs that executed (the others reused what it made)', better: 'lower' },
    { key: 'containers', label: 'containers the step left', better: 'lower' },
  ],
});

let services: AppServices;

const reset = (page: ReturnType<typeof client>) => page.call('lesson.reset', { lesson: 'links' });
const appContainers = async () =>
  (await docker('ps', '-a', '--filter', 'label=container-talk.lesson=links', '--format', '{{.Names}}'))
    .split('\n')
    .filter(Boolean);

beforeAll(async () => {
  services = await servicesOnPrivateEngine();
  expect(services.engine.status.state).toBe('connected');
});

afterAll(async () => {
  const page = client(services);
  await reset(page);
  page.close();
  await services.dispose();
});

describe.each([1, 2])('50 runs of one step at once from %i page(s)', (pages) => {
  it('execute it once, and none fails', async () => {
    const clients = Array.from({ length: pages }, () => client(services));
    await reset(clients[0] as ReturnType<typeof client>);
    const step = services.lessons.find((lesson) => lesson.id === 'links')?.steps[0]?.id;
    const runs = Array.from({ length: 50 }, (_, i) =>
      (clients[i % pages] as ReturnType<typeof client>).call('step.run', { lesson: 'links', step }),
    );
    const results = (await Promise.all(runs)).map((reply) => resultOf<StepResult>(reply));
    const figures: RaceFigures = {
      runs: results.length,
      failed: results.filter((result) => !result.ok).length,
      executed: results.filter((result) => result.actions.some((action) => !action.reused)).length,
      containers: (await appContainers()).length,
    };
    expect(keepFigures(raceTable(pages), figures)).toEqual([]);
    expect(results.filter((result) => !result.ok).map((result) => result.actions.map((a) => a.error))).toEqual([]);
    expect(figures).toEqual({ runs: 50, failed: 0, executed: 1, containers: 1 });
    for (const page of clients) page.close();
  }, 120_000);
});
