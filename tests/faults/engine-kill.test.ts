// The engine killed (SIGKILL) in the middle of a step that builds an image, with panels following it:
// the step ends with the real reason, the app stays up, the status turns red and the panels wait within
// 2 s; once the engine is started again everything resumes within 2 s of it answering, the cut-off run
// left nothing half-made, and the step runs.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openConnection } from '../../src/main/api/router';
import type { AppServices } from '../../src/main/api/services';
import type { ServerMessage } from '../../src/shared/contract';
import type { StepResult } from '../../src/shared/results';
import { client, resultOf } from '../contract-calls';
import { docker, repoRoot } from '../engine/support';
import { type FigureTable, keepFigures } from './figures';
import { servicesOnPrivateEngine } from './private-services';

const run = promisify(execFile);
const WITHIN_MS = 2000;
const APP_IMAGE = 'container-talk/redis-node-example';
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

const dockerdPid = () => Number(readFileSync(`${repoRoot}/.test-engine/dockerd.pid`, 'utf8'));

let services: AppServices;
let page: ReturnType<typeof client>;
const panel: Array<{ at: number; message: ServerMessage }> = [];
const statuses: Array<{ at: number; state: string }> = [];

const since = (at: number, kind: ServerMessage['t']) => panel.find((m) => m.at >= at && m.message.t === kind)?.at;
const linksStep = (i: number) => services.lessons.find((l) => l.id === 'links')?.steps[i]?.id;

beforeAll(async () => {
  services = await servicesOnPrivateEngine();
  page = client(services);
  resultOf(await page.call('lesson.reset', { lesson: 'links' }));
  await docker('rmi', '-f', APP_IMAGE).catch(() => undefined); // the app's own image: the step builds it again
  resultOf(await page.call('step.run', { lesson: 'links', step: linksStep(0) }));
  const panels = openConnection(services, (message) => panel.push({ at: Date.now(), message }));
  panels.receive({ t: 'sub', id: 1, stream: 'networks', params: {} });
  services.engine.subscribe((status) => statuses.push({ at: Date.now(), state: status.state }));
});

afterAll(async () => {
  await run('bash', ['tests/kit/engine.sh', 'start'], { cwd: repoRoot }); // never leave the shared engine down
  await page?.call('lesson.reset', { lesson: 'links' });
  page?.close();
  await services?.dispose();
});

describe('the engine killed while a step builds an image', () => {
  it('ends the step with the reason, waits, and resumes by itself once the engine is back', async () => {
    let killedAt = 0;
    const steps = openConnection(services, (message) => {
      const event = message.t === 'evt' ? (message.event as { type?: string; progress?: { kind?: string } }) : {};
      if (!killedAt && event.type === 'progress' && event.progress?.kind === 'build') {
        killedAt = Date.now();
        process.kill(dockerdPid(), 'SIGKILL');
      }
    });
    steps.receive({ t: 'sub', id: 1, stream: 'step', params: {} });
    const appStep = services.lessons
      .find((l) => l.id === 'links')
      ?.steps.findIndex((s) => /-p 3000/.test(JSON.stringify(s)));
    const cut = resultOf<StepResult>(await page.call('step.run', { lesson: 'links', step: linksStep(appStep ?? -1) }));
    steps.close();
    const error = cut.actions.find((action) => action.error)?.error;
    const redAt = async () => {
      await vi.waitFor(() => expect(statuses.find((s) => s.at >= killedAt && s.state === 'unavailable')).toBeDefined());
      return statuses.find((s) => s.at >= killedAt && s.state === 'unavailable')?.at ?? 0;
    };
    const red = (await redAt()) - killedAt;
    await vi.waitFor(() => expect(since(killedAt, 'wait')).toBeDefined());
    const waited = (since(killedAt, 'wait') ?? 0) - killedAt;

    await run('bash', ['tests/kit/engine.sh', 'start'], { cwd: repoRoot });
    // engine.sh returns once the engine answers; the app may have found it a moment before that.
    const startedAt = Date.now();
    await vi.waitFor(() => expect(since(killedAt, 'resume')).toBeDefined(), { timeout: 10_000 });
    const resumed = (since(killedAt, 'resume') ?? 0) - startedAt;
    await vi.waitFor(async () => {
      const left = await docker('ps', '-a', '-q', '--filter', 'status=created', '--filter', 'label=container-talk.app');
      expect(left).toBe('');
    });
    // The engine restarted: redis-server stopped with it, so the lesson starts again from its first step.
    const again = [];
    for (const i of [0, appStep ?? -1])
      again.push(resultOf<StepResult>(await page.call('step.run', { lesson: 'links', step: linksStep(i) })));
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
