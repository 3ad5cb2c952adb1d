/** Lessons as the renderer sees them: texts plus each action's command, as it runs on this engine. */
import type { LessonView } from '@shared/contract';
import type { Lesson } from '@shared/lesson';
import { type FormatContext, formatAction } from '../lessons/cli/format';
import { adaptToEngine, type EngineTraits } from '../lessons/engine-adapt';

export function lessonView(lesson: Lesson, context: FormatContext, engine: EngineTraits): LessonView {
  return {
    id: lesson.id,
    title: lesson.title,
    summary: lesson.summary,
    usesLegacyLinks: lesson.usesLegacyLinks,
    steps: lesson.steps.map((step) => ({
      id: step.id,
      title: step.title,
      explanation: step.explanation,
      actions: step.actions.map((action) => ({
        command: formatAction(adaptToEngine(engine, action.spec).spec, context),
        kind: action.spec.kind,
        interactive: action.spec.kind === 'run' && action.spec.tty,
        checks: action.checks.map((check) => ({ id: check.id, explain: check.explain })),
      })),
    })),
  };
}
