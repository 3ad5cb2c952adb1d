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

/** Where the app opens: the lesson open last time (null: none saved), else the first, at its resume step. */
export function openingSelection(lessons: LessonView[], progress: Progress, lastOpen: string | null) {
  const lesson = lessons.find((l) => l.id === lastOpen) ?? lessons[0];
  return lesson && resumeStep(lesson, progress);
}

/** The lessons in course order (`order`, 1 first); the list the main process sends is not promised to be. */
export function byOrder(lessons: LessonView[]): LessonView[] {
  return [...lessons].sort((a, b) => a.order - b.order);
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
