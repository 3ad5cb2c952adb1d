/** What the engine's state says about a step beyond its ✓: it needs re-running, or an earlier step first. */
import type { LeftoverState, LessonState } from '@shared/contract';
import type { Selection } from './navigation';

export interface StepCondition {
  /** A completed step's objects that are stopped or gone now: it needs re-running. */
  lost: LeftoverState[];
  /** The first earlier step whose objects this step uses and which are stopped or gone. */
  needs?: string;
}

/** Nothing is known of a lesson whose state was not read (only the open lesson's is). */
export function stepCondition(state: LessonState | undefined, target: Selection, done: boolean): StepCondition {
  const read = state?.lesson === target.lesson ? state.steps.find((s) => s.step === target.step) : undefined;
  const lost = done ? (read?.leftovers.filter((leftover) => leftover.state !== 'present') ?? []) : [];
  const needs = read?.needs[0];
  return needs ? { lost, needs } : { lost };
}
