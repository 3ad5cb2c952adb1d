/** Which containers are playground nodes: the app's, named as a node of the lesson that created them. */
import { loadLessons } from '../lessons/catalog';
import { playgroundNodes } from '../lessons/model/nodes';

let nodesByLesson: Map<string, string[]> | undefined;

/** `lesson`: the lesson label of a container the app created (lessonOf), undefined for any other. */
export function isPlaygroundNode(name: string, lesson: string | undefined): boolean {
  if (lesson === undefined) return false;
  nodesByLesson ??= new Map(loadLessons().map((each) => [each.id, playgroundNodes(each)]));
  return nodesByLesson.get(lesson)?.includes(name) ?? false;
}
