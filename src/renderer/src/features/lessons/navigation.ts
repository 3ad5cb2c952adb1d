/** Moving through the steps of all lessons, in order. */
import type { LessonView } from '@shared/contract';
import { byOrder, type Selection } from '@shared/opening-step';

// Where the app opens is shared with the page browser mode prerenders.
export { byOrder, openingSelection, resumeStep, type Selection } from '@shared/opening-step';

function flatten(lessons: LessonView[]): Selection[] {
  return lessons.flatMap((lesson) => lesson.steps.map((step) => ({ lesson: lesson.id, step: step.id })));
}

/** The step `offset` places away from `from` (across lessons), if there is one. */
export function neighbour(lessons: LessonView[], from: Selection, offset: 1 | -1): Selection | undefined {
  const all = flatten(lessons);
  const index = all.findIndex((s) => s.lesson === from.lesson && s.step === from.step);
  return index < 0 ? undefined : all[index + offset];
}

/** Where a lesson starts: its first step, where its intro is. */
export function lessonStart(lesson: LessonView): Selection | undefined {
  const step = lesson.steps[0]?.id;
  return step ? { lesson: lesson.id, step } : undefined;
}

/** The lesson after `id` in course order; undefined for the last one (the course is finished). */
export function nextLesson(lessons: LessonView[], id: string): LessonView | undefined {
  const ordered = byOrder(lessons);
  const index = ordered.findIndex((l) => l.id === id);
  return index < 0 ? undefined : ordered[index + 1];
}
