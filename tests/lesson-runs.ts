/** Running lessons in tests, and reading the results: shared by every suite that runs them on an engine. */
import type { Engine } from '../src/main/engine/engine';
import { findLesson, loadLessons } from '../src/main/lessons/catalog';
import { LessonRunner } from '../src/main/lessons/runner';
import type { ActionResult, StepResult } from '../src/shared/results';

export const lessons = loadLessons();
export const lesson = (id: string) => findLesson(lessons, id);

/** The lesson's steps in order (the first `count`, when given), as the app runs them; stops at a failing step. */
export async function runSteps(engine: Engine, id: string, count?: number): Promise<StepResult[]> {
  const runner = new LessonRunner(engine);
  const results: StepResult[] = [];
  for (const step of lesson(id).steps.slice(0, count)) {
    const result = await runner.runStep(lesson(id), step);
    results.push(result);
    if (!result.ok) break;
  }
  return results;
}

/** The action that showed `command`. */
export function action(steps: StepResult[], command: string): ActionResult {
  const found = steps.flatMap((s) => s.actions).find((a) => a.command === command);
  if (!found) throw new Error(`no action ${command}`);
  return found;
}

/** Every error and failed check, so a failing run says what went wrong. */
export function failures(steps: StepResult[]): string[] {
  return steps.flatMap((s) =>
    s.actions.flatMap((a) => [
      ...(a.error ? [`${a.command}: ${a.error.message}`] : []),
      ...a.checks.filter((c) => !c.ok).map((c) => `${a.command}: ${c.id}: ${c.detail}`),
    ]),
  );
}

export const commands = (steps: StepResult[]): string[] => steps.flatMap((s) => s.actions.map((a) => a.command));
