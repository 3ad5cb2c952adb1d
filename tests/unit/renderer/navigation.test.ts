// The course follows each lesson's `order`, whatever order the list came in; the last lesson has no next one.
import { describe, expect, it } from 'vitest';
import {
  byOrder,
  lessonStart,
  nextLesson,
  openingSelection,
} from '../../../src/renderer/src/features/lessons/navigation';
import type { LessonView } from '../../../src/shared/contract';

const text = { en: 'x', id: 'x' };
const lesson = (id: string, order: number, steps: string[] = ['a']): LessonView => ({
  id,
  order,
  title: text,
  summary: text,
  intro: text,
  ending: text,
  requires: { legacyLinks: false, privileged: false, swarm: false, hostPorts: [] },
  consoles: [],
  steps: steps.map((s) => ({ id: s, title: text, explanation: text, actions: [] })),
});

const lessons = [lesson('swarm', 3), lesson('links', 1, ['start', 'end']), lesson('networks', 2, [])];

describe('lesson order', () => {
  it('sorts by order without changing the given list', () => {
    expect(byOrder(lessons).map((l) => l.id)).toEqual(['links', 'networks', 'swarm']);
    expect(lessons[0]?.id).toBe('swarm');
  });

  it('gives the next lesson by order, none after the last or for an unknown one', () => {
    expect(nextLesson(lessons, 'links')?.id).toBe('networks');
    expect(nextLesson(lessons, 'networks')?.id).toBe('swarm');
    expect(nextLesson(lessons, 'swarm')).toBeUndefined();
    expect(nextLesson(lessons, 'nope')).toBeUndefined();
  });

  it('starts a lesson at its first step', () => {
    expect(lessonStart(lesson('links', 1, ['start', 'end']))).toEqual({ lesson: 'links', step: 'start' });
    expect(lessonStart(lesson('empty', 1, []))).toBeUndefined();
  });
});

describe('where the app opens', () => {
  const ordered = byOrder(lessons);
  it('opens the lesson open last time at its resume step, else the first lesson', () => {
    expect(openingSelection(ordered, { links: { completed: ['start'] } }, 'links')).toEqual({
      lesson: 'links',
      step: 'end',
    });
    expect(openingSelection(ordered, {}, 'swarm')).toEqual({ lesson: 'swarm', step: 'a' });
    expect(openingSelection(ordered, {}, null)).toEqual({ lesson: 'links', step: 'start' });
    expect(openingSelection(ordered, {}, 'gone')).toEqual({ lesson: 'links', step: 'start' });
  });
});
