// Cancelling a step: the running action stops at once with CANCELLED, and a `docker run` it cancelled
// or that failed leaves no container behind (neither Created nor still running); later actions do not run.
import { describe, expect, it, vi } from 'vitest';
import { LessonRunner } from '../../../src/main/lessons/runner';
import { StepService } from '../../../src/main/services/step-service';
import { lesson } from '../lessons/lessons';
import { MemoryEngine, OURS } from './memory-engine';

const links = lesson('links');
const createLink = links.steps.find((s) => s.id === 'create-link');
if (!createLink) throw new Error('links has no create-link step');

function withRedis(): MemoryEngine {
  const engine = new MemoryEngine();
  engine.container('redis-server', OURS);
  return engine;
}

const leftovers = (engine: MemoryEngine) => engine.containers.filter((c) => c.name !== 'redis-server');

describe('a cancelled step', () => {
  it('stops while the container runs, removes it, and runs nothing after', async () => {
    const engine = withRedis();
    engine.attachedRun = () => new Promise(() => undefined); // the transport never gives up by itself
    const controller = new AbortController();
    const running = new LessonRunner(engine.asEngine(), { signal: controller.signal }).runStep(links, createLink);
    await vi.waitFor(() => expect(engine.changes.some((c) => c.startsWith('start'))).toBe(true));
    controller.abort();
    const result = await running;
    expect(result.ok).toBe(false);
    expect(result.actions).toHaveLength(1);
    expect(result.actions[0]?.error?.code).toBe('CANCELLED');
    expect(leftovers(engine)).toEqual([]);
    expect(engine.changes.at(-1)).toMatch(/^remove /);
  });

  it('removes a container whose create was under way when the step was cancelled, before it starts', async () => {
    const engine = withRedis();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const create = engine.createContainer;
    engine.createContainer = async (...args) => {
      await gate;
      return create(...args);
    };
    const controller = new AbortController();
    const running = new LessonRunner(engine.asEngine(), { signal: controller.signal }).runStep(links, createLink);
    await vi.waitFor(() => expect(engine.changes).toEqual([]));
    await new Promise((resolve) => setTimeout(resolve, 20));
    controller.abort();
    release();
    const result = await running;
    expect(result.actions[0]?.error?.code).toBe('CANCELLED');
    expect(engine.changes.filter((c) => c.startsWith('start'))).toEqual([]);
    expect(leftovers(engine)).toEqual([]);
  });

  it('does not start when cancelled before it began', async () => {
    const engine = withRedis();
    const controller = new AbortController();
    controller.abort();
    const result = await new LessonRunner(engine.asEngine(), { signal: controller.signal }).runStep(links, createLink);
    expect(result.actions.map((a) => a.error?.code)).toEqual(['CANCELLED']);
    expect(engine.changes).toEqual([]);
  });

  it('a run that fails after create leaves no Created container', async () => {
    const engine = withRedis();
    engine.attachedRun = () => Promise.reject(new Error('the attach broke'));
    const result = await new LessonRunner(engine.asEngine()).runStep(links, createLink);
    expect(result.actions[0]?.error?.message).toContain('the attach broke');
    expect(leftovers(engine)).toEqual([]);
  });
});

describe('StepService', () => {
  it('cancels only the step that runs, and a reset waits for it', async () => {
    const engine = withRedis();
    let finish: (code: number) => void = () => undefined;
    engine.attachedRun = () =>
      new Promise((resolve) => {
        finish = resolve;
      });
    const steps = new StepService();
    const running = steps.runStep(engine.asEngine(), links, createLink);
    await vi.waitFor(() => expect(engine.changes.some((c) => c.startsWith('start'))).toBe(true));
    const order: string[] = [];
    const reset = steps.exclusive(async () => order.push('reset'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(order).toEqual([]); // the step still runs
    expect(steps.cancel('links', 'start-redis')).toBe(false);
    expect(steps.cancel('links', 'create-link')).toBe(true);
    expect(steps.cancel('links', 'create-link')).toBe(false); // once
    const result = await running;
    await reset;
    expect(result.actions[0]?.error?.code).toBe('CANCELLED');
    expect(order).toEqual(['reset']);
    finish(0);
    expect(steps.cancel('links', 'create-link')).toBe(false); // nothing runs any more
  });
});
