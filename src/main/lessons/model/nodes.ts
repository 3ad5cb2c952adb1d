/** The playground nodes of a lesson: the containers its commands run on (`node1 $ …`), in order of first use. */
import type { Lesson } from './types';

export function playgroundNodes(lesson: Pick<Lesson, 'steps' | 'consoles'>): string[] {
  const named = [
    ...lesson.steps.flatMap((step) => step.actions.map((action) => action.node)),
    ...lesson.consoles.map((console) => console.node),
  ];
  return [...new Set(named.filter((node): node is string => Boolean(node)))];
}
