// The engine killed (SIGKILL) in the middle of a step that builds an image, with panels following it:
// the step ends with the real reason, the app stays up, the status turns red and the panels wait within
// 2 s; once the engine is started again everything resumes within 2 s of it answering, the cut-off run
// left nothing half-made, and the step runs.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openConnection } from '../../src/main/api/router';
import type { AppServices } from '../../src/main/api/services';
import type { ServerMessage } from '../../src/shared/contract';
import type { StepResult } from '../../src/shared/results';
import { client, resultOf } from '../contract-calls';
import {
  atFirstBuildProgress,
  halfMadeContainers,
  linksSteps,
  readyToBuildApp,
  restartEngine,
  signalDockerd,
} from './engine-faults';
import { type FigureTable, keepFigures } from './figures';
import { servicesOnPrivateEngine } from './private-services';

const WITHIN_MS = 2000;
interface KillFigures extends Record<string, boolean> {
  stepSaidWhy: boolean;
  redWithin2s: boolean;
  panelsWaitedWithin2s: boolean;
  resumedWithin2s: boolean;
  stepsRanAfterRestart: boolean;
}

const killTable: FigureTable<KillFigures> = {
  name: 'kill-figures',
  title: 'engine killed (SIGKILL) while a step builds an image, then started again',
  writer: 'tests/faults/engine-kill.test.ts',
  rows: [
    {
      key: 'stepSaidWhy',
      label: 'the step failed saying the engine stopped answering during the build',
      better: 'higher',
    },
    { key: 'redWithin2s', label: 'the engine status turned red within 2 s', better: 'higher' },
    { key: 'panelsWaitedWithin2s', label: 'the networks panel said it waits within 2 s', better: 'higher' },
    { key: 'resumedWithin2s', label: 'status and panel resumed within 2 s of the engine answering', better: 'higher' },
    { key: 'stepsRanAfterRestart', label: 'the steps ran again, with no half-made container left', better: 'higher' },
  ],
};

let services: AppServices;
let page: ReturnType<typeof client>;
const panel: Array<{ at: number; message: ServerMessage }> = [];
const statuses: Array<{ at: number; state: string }> = [];

const since = (at: number, kind: ServerMessage['t']) => panel.find((m) => m.at >= at && m.message.t === kind)?.at;

beforeAll(async () => {
  services = await servicesOnPrivateEngine();
  page = client(services);
  await readyToBuildApp(services, page);
  const panels = openConnection(services, (message) => panel.push({ at: Date.now(), message }));
  panels.receive({ t: 'sub', id: 1, stream: 'networks', params: {} });
  services.engine.subscribe((status) => statuses.push({ at: Date.now(), state: status.state }));
});

afterAll(async () => {
  await restartEngine(); // never leave the shared engine down
  await page?.call('lesson.reset', { lesson: 'links' });
  page?.close();
  await services?.dispose();
});

describe('the engine killed while a step builds an image', () => {
  it('ends the step with the reason, waits, and resumes by itself once the engine is back', async () => {
    const { first, app } = linksSteps(services);
    const kill = atFirstBuildProgress(services, () => signalDockerd('SIGKILL'));
    const cut = resultOf<StepResult>(await page.call('step.run', { lesson: 'links', step: app }));
    kill.close();
    const killedAt = kill.at();
    const error = cut.actions.find((action) => action.error)?.error;
    const redAt = () => statuses.find((s) => s.at >= killedAt && s.state === 'unavailable')?.at;
    await vi.waitFor(() => expect(redAt()).toBeDefined());
    const red = (redAt() ?? 0) - killedAt;
    await vi.waitFor(() => expect(since(killedAt, 'wait')).toBeDefined());
    const waited = (since(killedAt, 'wait') ?? 0) - killedAt;

    await restartEngine();
    // engine.sh returns once the engine answers; the app may have found it a moment before that.
    const startedAt = Date.now();
    await vi.waitFor(() => expect(since(killedAt, 'resume')).toBeDefined(), { timeout: 10_000 });
    const resumed = (since(killedAt, 'resume') ?? 0) - startedAt;
    await vi.waitFor(async () => expect(await halfMadeContainers()).toEqual([]));
    // The engine restarted: redis-server stopped with it, so the lesson starts again from its first step.
    const again = [];
    for (const step of [first, app])
      again.push(resultOf<StepResult>(await page.call('step.run', { lesson: 'links', step })));
    const figures: KillFigures = {
      stepSaidWhy:
        !cut.ok && error?.code === 'ENGINE_UNAVAILABLE' && /stopped answering while it built/.test(error.message),
      redWithin2s: killedAt > 0 && red < WITHIN_MS,
      panelsWaitedWithin2s: waited < WITHIN_MS,
      resumedWithin2s: resumed < WITHIN_MS && services.engine.status.state === 'connected',
      stepsRanAfterRestart: again.every((result) => result.actions.every((action) => !action.error)),
    };
    expect(keepFigures(killTable, figures)).toEqual([]);
    expect(figures).toEqual({
      stepSaidWhy: true,
      redWithin2s: true,
      panelsWaitedWithin2s: true,
      resumedWithin2s: true,
      stepsRanAfterRestart: true,
    });
  }, 300_000);
});
