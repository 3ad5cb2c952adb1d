/** Moving through the steps of all lessons, in order. */
import type { LessonView, Progress } from '@shared/contract';

export interface Selection {
  lesson: string;
  step: string;
}

function flatten(lessons: LessonView[]): Selection[] {
  return lessons.flatMap((lesson) => lesson.steps.map((step) => ({ lesson: lesson.id, step: step.id })));
}

/** The step `offset` places away from `from` (across lessons), if there is one. */
export function neighbour(lessons: LessonView[], from: Selection, offset: 1 | -1): Selection | undefined {
  const all = flatten(lessons);
  const index = all.findIndex((s) => s.lesson === from.lesson && s.step === from.step);
  return index < 0 ? undefined : all[index + offset];
}

/** Where a lesson resumes: the step last open, else the first one not completed, else the first. */
export function resumeStep(lesson: LessonView, progress: Progress): Selection | undefined {
  const entry = progress[lesson.id];
  const ids = lesson.steps.map((s) => s.id);
  const step =
    (entry?.current && ids.includes(entry.current) ? entry.current : undefined) ??
    ids.find((id) => !entry?.completed.includes(id)) ??
    ids[0];
  return step ? { lesson: lesson.id, step } : undefined;
}
