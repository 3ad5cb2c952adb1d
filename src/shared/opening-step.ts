/**
 * Where the app opens: the same answer for the renderer's first screen and for the page browser mode
 * prerenders (src/main/web/first-screen.ts). Types only from the contract: no zod at run time.
 */
import type { LessonView, Progress } from './contract/views';

export interface Selection {
  lesson: string;
  step: string;
}

/** The lessons in course order (`order`, 1 first); the list the main process sends is not promised to be. */
export function byOrder(lessons: LessonView[]): LessonView[] {
  return [...lessons].sort((a, b) => a.order - b.order);
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

/**
 * Where the app opens: the lesson open last time (null: none saved), else the first of `lessons` (in course
 * order: byOrder), at its resume step.
 */
export function openingSelection(lessons: LessonView[], progress: Progress, lastOpen: string | null) {
  const lesson = lessons.find((l) => l.id === lastOpen) ?? lessons[0];
  return lesson && resumeStep(lesson, progress);
}
