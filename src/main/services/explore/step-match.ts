/**
 * Whether a typed command is one of the open lesson's step commands: the same command once both are
 * parsed (so `--net=x` and `--network x`, or the order of flags, make no difference), on the same node.
 * A challenge's solution is not offered this way: the learner finds their own, and the challenge's
 * checks judge it.
 */
import { type ActionResult, actionPassed, type StepResult } from '@shared/results';
import { type ActionSpec, formatAction } from '../../lessons/commands';
import type { Lesson, LessonAction, LessonStep } from '../../lessons/model/types';

export interface StepAction {
  step: LessonStep;
  index: number;
  action: LessonAction;
}

/** The command without how it was written (flag spellings and order): what it does. */
function canonical(spec: ActionSpec): string {
  return formatAction(spec.kind === 'run' ? { ...spec, style: undefined } : spec);
}

export function stepActionFor(lesson: Lesson, spec: ActionSpec, node: string | undefined): StepAction | undefined {
  const typed = canonical(spec);
  for (const step of lesson.steps) {
    if (step.challenge) continue;
    const index = step.actions.findIndex((action) => action.node === node && canonical(action.spec) === typed);
    const action = step.actions[index];
    if (action) return { step, index, action };
  }
  return undefined;
}

/**
 * The step's result once one of its commands was typed: that command's result in its place, the
 * step's other commands as they last ran (`kept`, the step's kept result), so that a step of several
 * commands is complete once each of them has passed, typed or run. `actions` holds only the commands
 * that ran; each says its index in `action`.
 */
export function stepResultWith(match: StepAction, result: ActionResult, kept: StepResult | undefined): StepResult {
  const actions = match.step.actions.flatMap((_, i) => {
    const found = i === match.index ? result : kept?.actions.find((earlier) => earlier.action === i);
    return found ? [found] : [];
  });
  const ok = actions.length === match.step.actions.length && actions.every(actionPassed);
  return { lesson: result.lesson, step: match.step.id, actions, ok, endedAt: Date.now() };
}
