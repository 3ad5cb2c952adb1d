// Every lesson in the catalog, end to end on the private engine, with no test code of its own: each
// step runs with every check green, what the steps left is found again (inside playground nodes too), and a reset then leaves nothing of the app's behind. A new
// lesson file is tested by this suite as soon as it is added.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLessonState } from '../../src/main/lessons/checks/lesson-state';
import { failures, lessons, runSteps } from '../lesson-runs';
import { docker, LessonRunner, resetAll, testEngine } from './support';

type Engine = Awaited<ReturnType<typeof testEngine>>;
const ours = (what: 'ps' | 'network ls' | 'volume ls') =>
  docker(...what.split(' '), ...(what === 'ps' ? ['-a'] : []), '-q', '--filter', 'label=container-talk.lesson');

let engine: Engine;
beforeAll(async () => {
  engine = await testEngine();
  await resetAll(engine);
});
afterAll(async () => resetAll(engine));

describe.each(lessons.map((lesson) => [lesson.id, lesson] as const))('lesson %s', (id, lesson) => {
  it('runs every step with every check green, and resets to nothing', async () => {
    const started = Date.now();
    const last = lesson.steps.at(-1);
    if (!last) throw new Error(`${id} has no steps`);
    const steps = await runSteps(engine, id, lesson.steps.length - 1);
    // What the earlier steps left (on the learner's engine or inside playground nodes) is found again.
    const state = await readLessonState(engine, lesson);
    expect(state.steps.find((step) => step.step === last.id)?.needs).toEqual([]);
    steps.push(await new LessonRunner(engine).runStep(lesson, last));
    expect(failures(steps)).toEqual([]);
    // A challenge step ran its solution, then its checks, against the engine as the solution left it.
    const judged = last.challenge?.checks.map((check) => check.id);
    const checked = steps.at(-1)?.actions.at(-1)?.checks ?? [];
    if (judged) expect(checked.map((check) => check.id)).toEqual(judged);
    expect(steps.map((step) => step.step)).toEqual(lesson.steps.map((step) => step.id));
    console.log(`${id}: ${lesson.steps.length} steps in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    await resetAll(engine);
    expect(await ours('ps')).toBe('');
    expect(await ours('network ls')).toBe('');
  }, 240_000);
});
