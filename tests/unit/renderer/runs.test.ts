import type { ActionResult, RunnerEvent } from '@shared/results';
import { describe, expect, it } from 'vitest';
import { runningStep, runsReducer, stepKey } from '../../../src/renderer/src/features/lessons/runs';

const where = { lesson: 'links', step: 'start-redis', action: 0 };
const key = stepKey('links', 'start-redis');

function result(overrides: Partial<ActionResult> = {}): ActionResult {
  return {
    ...where,
    command: 'docker run -d --name redis-server redis',
    exitCode: 0,
    output: [{ stream: 'stdout', text: 'abc\n' }],
    warnings: [],
    notes: [],
    checks: [],
    apiCalls: [],
    durationMs: 12,
    ...overrides,
  };
}

function feed(events: RunnerEvent[]) {
  let runs = runsReducer({}, { type: 'start', lesson: 'links', step: 'start-redis' });
  for (const event of events) runs = runsReducer(runs, { type: 'event', event });
  return runs;
}

describe('step runs', () => {
  it('joins output chunks of the same stream and keeps stderr apart', () => {
    const runs = feed([
      { type: 'action-start', ...where, command: 'docker run' },
      { type: 'output', ...where, chunk: { stream: 'stdout', text: 'a' } },
      { type: 'output', ...where, chunk: { stream: 'stdout', text: 'b' } },
      { type: 'output', ...where, chunk: { stream: 'stderr', text: 'oops' } },
    ]);
    expect(runs[key]?.actions[0]?.output).toEqual([
      { stream: 'stdout', text: 'ab' },
      { stream: 'stderr', text: 'oops' },
    ]);
  });

  it('keeps the latest progress per pulled layer and the latest build step', () => {
    const pull = { kind: 'pull', image: 'redis' } as const;
    const build = { kind: 'build', image: 'app' } as const;
    const runs = feed([
      { type: 'action-start', ...where, command: 'docker run' },
      { type: 'progress', ...where, progress: { ...pull, id: 'l1', status: 'Downloading', current: 1, total: 4 } },
      { type: 'progress', ...where, progress: { ...pull, id: 'l1', status: 'Downloading', current: 3, total: 4 } },
      { type: 'progress', ...where, progress: { ...pull, status: 'Digest: sha256:1' } },
      { type: 'progress', ...where, progress: { ...build, status: 'Step 2/5 : COPY . .' } },
      { type: 'progress', ...where, progress: { ...build, status: ' ---> Running in 1f' } },
    ]);
    const action = runs[key]?.actions[0];
    expect(Object.values(action?.progress ?? {}).map((p) => [p.status, p.current])).toEqual([
      ['Downloading', 3],
      ['Step 2/5 : COPY . .', undefined],
    ]);
    expect(action?.status).toBe(' ---> Running in 1f');
  });

  it('ignores events of runs it did not start', () => {
    const runs = feed([{ type: 'action-start', lesson: 'links', step: 'manual', action: 0, command: 'x' }]);
    expect(runs[stepKey('links', 'manual')]).toBeUndefined();
  });

  it('takes the step result as the final word, and clears a lesson after a reset', () => {
    let runs = feed([{ type: 'action-start', ...where, command: 'docker run' }]);
    runs = runsReducer(runs, {
      type: 'done',
      result: { lesson: 'links', step: 'start-redis', ok: true, actions: [result()] },
    });
    expect(runs[key]).toMatchObject({ running: false, actions: [{ output: [{ text: 'abc\n' }] }] });
    expect(runsReducer(runs, { type: 'clear', lesson: 'links' })).toEqual({});
  });

  it('keeps an error the step run reported', () => {
    let runs = feed([]);
    runs = runsReducer(runs, {
      type: 'failed',
      lesson: 'links',
      step: 'start-redis',
      error: { code: 'X', message: 'm' },
    });
    expect(runs[key]).toMatchObject({ running: false, error: { code: 'X' } });
  });
});

describe('kept results', () => {
  const kept = (step: string, ok = true) => ({
    lesson: 'links',
    step,
    ok,
    endedAt: 1_700_000_000_000,
    actions: [result({ step })],
  });

  it('show as runs from before, with their output and checks', () => {
    const runs = runsReducer({}, { type: 'restore', results: [kept('start-redis')] });
    expect(runs[key]).toMatchObject({ running: false, restored: true, result: kept('start-redis') });
    expect(runs[key]?.actions[0]?.output).toEqual([{ stream: 'stdout', text: 'abc\n' }]);
  });

  it('never replace a run of this window', () => {
    const running = runsReducer({}, { type: 'start', lesson: 'links', step: 'start-redis' });
    const runs = runsReducer(running, { type: 'restore', results: [kept('start-redis', false)] });
    expect(runs[key]).toEqual({ running: true, actions: [] });
  });

  it('name the running step', () => {
    expect(runningStep({})).toBeUndefined();
    const runs = runsReducer({}, { type: 'start', lesson: 'links', step: 'create-link' });
    expect(runningStep(runs)).toEqual({ lesson: 'links', step: 'create-link' });
  });
});
