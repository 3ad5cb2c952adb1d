/** The lessons shipped as data in resources/lessons, in course order. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '@shared/errors';
import { say } from '@shared/messages';
import { resourcesDir } from '../resources';
import { lessonErrors } from './messages';
import { compileLesson } from './model/compile';
import type { Lesson } from './model/types';

export function lessonsDir(): string {
  return join(resourcesDir(), 'lessons');
}

/** Reads and compiles one lesson file; throws with every problem found in it. */
export function loadLessonFile(path: string): Lesson {
  const { lesson, problems } = compileLesson(JSON.parse(readFileSync(path, 'utf8')));
  if (!lesson) throw new Error(`lesson ${path} is invalid:\n  ${problems.join('\n  ')}`);
  return lesson;
}

export function loadLessons(dir = lessonsDir()): Lesson[] {
  const files = readdirSync(dir).filter((file) => file.endsWith('.json') && !file.endsWith('.schema.json'));
  const lessons = files.map((file) => loadLessonFile(join(dir, file))).sort((a, b) => a.order - b.order);
  for (const [index, lesson] of lessons.entries()) {
    const twin = lessons.slice(index + 1).find((other) => other.id === lesson.id || other.order === lesson.order);
    if (twin) throw new Error(`lessons ${lesson.id} and ${twin.id} share an id or an order (${lesson.order})`);
  }
  return lessons;
}

export function findLesson(lessons: Lesson[], id: string): Lesson {
  const lesson = lessons.find((candidate) => candidate.id === id);
  if (!lesson) {
    const known = lessons.map((l) => l.id);
    throw new AppError('NOT_FOUND', say(lessonErrors.noLesson, { lesson: id, known }));
  }
  return lesson;
}
