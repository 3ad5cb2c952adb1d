/** The lessons shipped as data in resources/lessons, validated against the shared schema. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Lesson, lessonSchema } from '@shared/lesson';
import { resourcesDir } from '../resources';

/** Order in which lessons are offered; files not listed come after, alphabetically. */
const preferredOrder = ['links', 'networks'];

function rank(id: string): number {
  const index = preferredOrder.indexOf(id);
  return index === -1 ? preferredOrder.length : index;
}

export function loadLessons(dir = join(resourcesDir(), 'lessons')): Lesson[] {
  const files = readdirSync(dir).filter((file) => file.endsWith('.json'));
  const lessons = files.map((file) => {
    const parsed = lessonSchema.safeParse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
    if (!parsed.success) throw new Error(`lesson ${file} is invalid: ${parsed.error.message}`);
    return parsed.data;
  });
  return lessons.sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));
}

export function findLesson(lessons: Lesson[], id: string): Lesson {
  const lesson = lessons.find((candidate) => candidate.id === id);
  if (!lesson) throw new Error(`no lesson "${id}"; lessons: ${lessons.map((l) => l.id).join(', ')}`);
  return lesson;
}
