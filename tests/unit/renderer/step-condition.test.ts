// A completed step whose objects are gone needs a re-run; a step that uses them needs that step first;
// nothing is said of a lesson whose state was not read.
import { describe, expect, it } from 'vitest';
import { stepCondition } from '../../../src/renderer/src/features/lessons/step-condition';
import type { LessonState } from '../../../src/shared/contract';

const state: LessonState = {
  lesson: 'links',
  steps: [
    { step: 'one', leftovers: [{ kind: 'container', name: 'db', state: 'gone' }], needs: [] },
    { step: 'two', leftovers: [{ kind: 'network', name: 'net', state: 'present' }], needs: ['one'] },
  ],
};

describe('stepCondition', () => {
  it('marks a completed step whose objects are gone, and not one never completed', () => {
    expect(stepCondition(state, { lesson: 'links', step: 'one' }, true)).toEqual({
      lost: [{ kind: 'container', name: 'db', state: 'gone' }],
    });
    expect(stepCondition(state, { lesson: 'links', step: 'one' }, false)).toEqual({ lost: [] });
  });

  it('names the earlier step a step needs, done or not', () => {
    expect(stepCondition(state, { lesson: 'links', step: 'two' }, true)).toEqual({ lost: [], needs: 'one' });
    expect(stepCondition(state, { lesson: 'links', step: 'two' }, false).needs).toBe('one');
  });

  it("says nothing of another lesson's step with the same id", () => {
    expect(stepCondition(state, { lesson: 'networks', step: 'one' }, true)).toEqual({ lost: [] });
    expect(stepCondition(undefined, { lesson: 'links', step: 'one' }, true)).toEqual({ lost: [] });
  });
});
