/** The shipped lessons, loaded once for the unit tests. */
import { findLesson, loadLessons } from '../../../src/main/lessons/catalog';

export const lessons = loadLessons();
export const lesson = (id: string) => findLesson(lessons, id);
