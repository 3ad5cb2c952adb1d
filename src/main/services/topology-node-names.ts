/**
 * The names the lessons give their containers: the playground nodes, and every container a lesson's
 * command names (`--name`). An app container without such a name is a one-off run.
 */
import { loadLessons } from '../lessons/catalog';
import { playgroundNodes } from '../lessons/model/nodes';
import type { Lesson } from '../lessons/model/types';

interface LessonNames {
  nodes: string[];
  containers: Set<string>;
}

let byLesson: Map<string, LessonNames> | undefined;

function containerNames(lesson: Lesson): Set<string> {
  const specs = lesson.steps.flatMap((step) => step.actions.map((action) => action.spec));
  return new Set(specs.flatMap((spec) => (spec.kind === 'run' && spec.name ? [spec.name] : [])));
}

function namesOf(lesson: string): LessonNames | undefined {
  byLesson ??= new Map(
    loadLessons().map((each) => [each.id, { nodes: playgroundNodes(each), containers: containerNames(each) }]),
  );
  return byLesson.get(lesson);
}

/** `lesson`: the lesson label of a container the app created (lessonOf), undefined for any other. */
export function isPlaygroundNode(name: string, lesson: string | undefined): boolean {
  return lesson !== undefined && (namesOf(lesson)?.nodes.includes(name) ?? false);
}

/** Whether a command of the lesson names a container so (`docker run --name <name>`). */
export function isNamedByLesson(name: string, lesson: string): boolean {
  return namesOf(lesson)?.containers.has(name) ?? false;
}
