/**
 * A challenge judged now: its checks against the engine's state as the learner left it, with no command
 * of its own. The Explore terminal asks after each typed command, the "Check my work" button when pressed.
 */
import { AppError } from '@shared/errors';
import { say } from '@shared/messages';
import { actionPassed, type StepResult } from '@shared/results';
import type { Engine } from '../../engine';
import { lessonErrors } from '../messages';
import type { Lesson, LessonStep } from '../model/types';
import { LessonRunner, type RunnerOptions } from '../runner';

export async function checkChallenge(
  engine: Engine,
  lesson: Lesson,
  step: LessonStep,
  options: RunnerOptions = {},
): Promise<StepResult> {
  if (!step.challenge)
    throw new AppError('NOT_FOUND', say(lessonErrors.notAChallenge, { step: step.id, lesson: lesson.id }));
  const result = await new LessonRunner(engine, options).runChecks(lesson, step.id, 0, step.challenge.checks);
  return { lesson: lesson.id, step: step.id, actions: [result], ok: actionPassed(result) };
}
