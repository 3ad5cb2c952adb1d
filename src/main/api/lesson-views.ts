/** Lessons as the renderer sees them: texts plus each action's command, as it runs on this engine. */
import type { LessonView } from '@shared/contract';
import { type FormatContext, formatAction } from '../lessons/commands';
import { adaptToEngine, type EngineTraits } from '../lessons/engine-adapt';
import type { Lesson } from '../lessons/model/types';

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
    steps: lesson.steps.map((step) => ({
      id: step.id,
      title: step.title,
      explanation: step.explanation,
      actions: step.actions.map((action) => ({
        command: formatAction(adaptToEngine(engine, action.spec).spec, context),
        ...(action.node ? { node: action.node } : {}),
        kind: action.spec.kind,
        interactive: action.spec.kind === 'run' && action.spec.tty,
        checks: action.checks.map((check) => ({ id: check.id, explain: check.explain })),
      })),
    })),
  };
}
