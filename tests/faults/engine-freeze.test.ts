// A frozen engine: dockerd stopped with SIGSTOP accepts connections and never answers. A step must end
// with a clear error within 30 s (not hang), and once the engine thaws the same step runs, with nothing
// half-made left by the frozen attempt.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Engine } from '../../src/main/engine/engine';
import { docker, LessonRunner, lesson, repoRoot, resetAll, testEngine } from '../engine/support';

const dockerdPid = () => Number(readFileSync(`${repoRoot}/.test-engine/dockerd.pid`, 'utf8'));

describe('a frozen engine', () => {
  let engine: Engine;

  beforeAll(async () => {
    engine = await testEngine();
    await resetAll(engine);
  });

  afterAll(async () => {
    process.kill(dockerdPid(), 'SIGCONT'); // whatever happened above, never leave the shared engine frozen
    await resetAll(engine);
    engine.close();
  });

  it('ends a step with a clear error within 30 s, and the step runs once the engine thaws', async () => {
    const links = lesson('links');
    const step = links.steps[0];
    if (!step) throw new Error('the links lesson has no steps');
    const started = Date.now();
    process.kill(dockerdPid(), 'SIGSTOP');
    const frozen = await new LessonRunner(engine).runStep(links, step).finally(() => {
      process.kill(dockerdPid(), 'SIGCONT');
    });
    const elapsed = Date.now() - started;
    expect(elapsed).toBeLessThan(30_000);
    expect(frozen.ok).toBe(false);
    const error = frozen.actions.find((action) => action.error)?.error;
    expect(error?.code).toBe('ENGINE_UNAVAILABLE');
    expect(error?.message).toMatch(/got no answer within \d+ s/);

    await vi.waitFor(() => engine.ping(1000), { timeout: 10_000, interval: 200 });
    const halfMade = await docker('ps', '-a', '--filter', 'status=created', '--filter', 'label=container-talk.app');
    expect(halfMade.split('\n').slice(1)).toEqual([]);
    const thawed = await new LessonRunner(engine).runStep(links, step);
    expect(thawed.ok).toBe(true);
  }, 60_000);
});
