/** At start: each lesson's step results the app kept from earlier runs, shown as they were (after a reload or a restart). */
import type { LessonView } from '@shared/contract';
import type { StepResult } from '@shared/results';
import { useEffect, useRef } from 'react';
import { api } from '../../api/client';

export function useKeptResults(lessons: LessonView[] | undefined, restore: (results: StepResult[]) => void): void {
  const asked = useRef(new Set<string>());
  useEffect(() => {
    for (const lesson of lessons ?? []) {
      if (asked.current.has(lesson.id)) continue;
      asked.current.add(lesson.id);
      api.call('step.results', { lesson: lesson.id }).then(
        (kept) => restore(Object.values(kept)),
        () => {
          // Nothing kept to show: the steps look as if never run, their ✓ marks still come from the progress.
        },
      );
    }
  }, [lessons, restore]);
}
