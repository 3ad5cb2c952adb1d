/** Lessons as the renderer sees them: texts plus each action's command, formatted for this engine. */
import type { LessonView } from '@shared/contract';
import type { Lesson } from '@shared/lesson';
import { type FormatContext, formatAction } from '../lessons/cli/format';

export function lessonView(lesson: Lesson, context: FormatContext): LessonView {
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
        command: formatAction(action.spec, context),
        kind: action.spec.kind,
        interactive: action.spec.kind === 'run' && action.spec.tty,
        checks: action.checks.map((check) => ({ id: check.id, explain: check.explain })),
      })),
    })),
  };
}
