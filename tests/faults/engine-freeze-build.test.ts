// The engine frozen (SIGSTOP) in the middle of a build: the build's progress stream has no time limit of
// its own (a RUN may be silent for long), so the app must give up on the lost engine: the step ends
// within 30 s saying the engine stopped answering, and runs once the engine thaws.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AppServices } from '../../src/main/api/services';
import type { StepResult } from '../../src/shared/results';
import { client, resultOf } from '../contract-calls';
import { atFirstBuildProgress, linksSteps, readyToBuildApp, signalDockerd } from './engine-faults';
import { type FigureTable, keepFigures } from './figures';
import { servicesOnPrivateEngine } from './private-services';

interface FrozenBuildFigures extends Record<string, boolean> {
  endedWithin30s: boolean;
  saidWhy: boolean;
  ranAfterThaw: boolean;
}

const frozenBuildTable: FigureTable<FrozenBuildFigures> = {
  name: 'frozen-build-figures',
  title: 'engine frozen (SIGSTOP) while a step builds an image, thawed after the step ended',
  writer: 'tests/faults/engine-freeze-build.test.ts',
  rows: [
    { key: 'endedWithin30s', label: 'the step ended, failed, within 30 s', better: 'higher' },
    { key: 'saidWhy', label: 'its error said the engine stopped answering', better: 'higher' },
    { key: 'ranAfterThaw', label: 'the same step ran once the engine thawed', better: 'higher' },
  ],
};

let services: AppServices;
let page: ReturnType<typeof client>;

beforeAll(async () => {
  services = await servicesOnPrivateEngine();
  page = client(services);
  await readyToBuildApp(services, page);
});

afterAll(async () => {
  signalDockerd('SIGCONT'); // never leave the shared engine frozen
  await page?.call('lesson.reset', { lesson: 'links' });
  page?.close();
  await services?.dispose();
});

describe('the engine frozen while a step builds an image', () => {
  it('ends the step within 30 s saying why, and the step runs once the engine thaws', async () => {
    const { app } = linksSteps(services);
    const freeze = atFirstBuildProgress(services, () => signalDockerd('SIGSTOP'));
    const frozen = resultOf<StepResult>(await page.call('step.run', { lesson: 'links', step: app }));
    freeze.close();
    const frozenAt = freeze.at();
    const ended = Date.now() - frozenAt;
    signalDockerd('SIGCONT');
    const error = frozen.actions.find((action) => action.error)?.error;

    await vi.waitFor(() => expect(services.engine.status.state).toBe('connected'), { timeout: 15_000 });
    const thawed = resultOf<StepResult>(await page.call('step.run', { lesson: 'links', step: app }));
    const figures: FrozenBuildFigures = {
      endedWithin30s: frozenAt > 0 && !frozen.ok && ended < 30_000,
      saidWhy: error?.code === 'ENGINE_UNAVAILABLE' && /stopped answering/.test(error.message),
      ranAfterThaw: thawed.ok,
    };
    expect(keepFigures(frozenBuildTable, figures)).toEqual([]);
    expect(figures).toEqual({ endedWithin30s: true, saidWhy: true, ranAfterThaw: true });
  }, 120_000);
});
