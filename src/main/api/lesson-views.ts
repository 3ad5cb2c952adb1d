/** Lessons as the renderer sees them: texts plus each action's command, as it runs on this engine. */
import type { LessonView, StepView } from '@shared/contract';
import type { LessonCheck } from '../lessons/checks/vocabulary';
import { type FormatContext, formatAction } from '../lessons/commands';
import { adaptToEngine, type EngineTraits } from '../lessons/engine-adapt';
import type { Lesson, LessonStep } from '../lessons/model/types';

const checkView = ({ id, explain }: LessonCheck) => ({ id, explain });

/** A challenge step shows its goal, hints and checks; its actions are the solution, which the learner never sees. */
function stepView(step: LessonStep, context: FormatContext, engine: EngineTraits): StepView {
  const { id, title, explanation, challenge } = step;
  if (challenge) {
    const { goal, hints, checks } = challenge;
    const node = step.actions.find((action) => action.node)?.node;
    const view = { goal, hints, checks: checks.map(checkView), ...(node ? { node } : {}) };
    return { id, title, explanation, actions: [], challenge: view };
  }
  return {
    id,
    title,
    explanation,
    actions: step.actions.map((action) => ({
      command: formatAction(adaptToEngine(engine, action.spec).spec, context),
      ...(action.node ? { node: action.node } : {}),
      kind: action.spec.kind,
      interactive: action.spec.kind === 'run' && action.spec.tty,
      checks: action.checks.map(checkView),
    })),
  };
}

export function lessonView(lesson: Lesson, context: FormatContext, engine: EngineTraits): LessonView {
  return {
    id: lesson.id,
    order: lesson.order,
    title: lesson.title,
    summary: lesson.summary,
    intro: lesson.intro,
    ending: lesson.ending,
    requires: lesson.requires,
    consoles: lesson.consoles.map(({ id, label, spec }) => ({ id, label, command: formatAction(spec, context) })),
    steps: lesson.steps.map((step) => stepView(step, context, engine)),
  };
}
