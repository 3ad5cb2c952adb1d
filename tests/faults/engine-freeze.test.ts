// A frozen engine: dockerd stopped with SIGSTOP accepts connections and never answers. A step must end
// with a clear error within 30 s (not hang), and once the engine thaws the same step runs, with nothing
// half-made left by the frozen attempt.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Engine } from '../../src/main/engine/engine';
import { LessonRunner, lesson, resetAll, testEngine } from '../engine/support';
import { halfMadeContainers, signalDockerd } from './engine-faults';
import { type FigureTable, keepFigures } from './figures';

interface FreezeFigures extends Record<string, number | boolean> {
  endedWithin30s: boolean;
  saidWhy: boolean;
  halfMadeLeft: number;
  ranAfterThaw: boolean;
}

const freezeTable: FigureTable<FreezeFigures> = {
  name: 'freeze-figures',
  title: 'engine frozen (SIGSTOP) before a step, thawed after it',
  writer: 'tests/faults/engine-freeze.test.ts',
  rows: [
    { key: 'endedWithin30s', label: 'the step ended, failed, within 30 s', better: 'higher' },
    { key: 'saidWhy', label: 'its error said the engine did not answer in time', better: 'higher' },
    { key: 'halfMadeLeft', label: 'created-but-never-started containers left', better: 'lower' },
    { key: 'ranAfterThaw', label: 'the same step ran once the engine thawed', better: 'higher' },
  ],
};

describe('a frozen engine', () => {
  let engine: Engine;

  beforeAll(async () => {
    engine = await testEngine();
    await resetAll(engine);
  });

  afterAll(async () => {
    signalDockerd('SIGCONT'); // whatever happened above, never leave the shared engine frozen
    await resetAll(engine);
    engine.close();
  });

  it('ends a step with a clear error within 30 s, and the step runs once the engine thaws', async () => {
    const links = lesson('links');
    const step = links.steps[0];
    if (!step) throw new Error('the links lesson has no steps');
    const started = Date.now();
    signalDockerd('SIGSTOP');
    const frozen = await new LessonRunner(engine).runStep(links, step).finally(() => {
      signalDockerd('SIGCONT');
    });
    const elapsed = Date.now() - started;
    const error = frozen.actions.find((action) => action.error)?.error;
    await vi.waitFor(() => engine.ping(1000), { timeout: 10_000, interval: 200 });
    const halfMade = await halfMadeContainers();
    const thawed = await new LessonRunner(engine).runStep(links, step);
    const figures: FreezeFigures = {
      endedWithin30s: elapsed < 30_000 && !frozen.ok,
      saidWhy: error?.code === 'ENGINE_UNAVAILABLE' && /got no answer within \d+ s/.test(error.message),
      halfMadeLeft: halfMade.length,
      ranAfterThaw: thawed.ok,
    };
    expect(keepFigures(freezeTable, figures)).toEqual([]);
    expect(figures).toEqual({ endedWithin30s: true, saidWhy: true, halfMadeLeft: 0, ranAfterThaw: true });
  }, 60_000);
});
