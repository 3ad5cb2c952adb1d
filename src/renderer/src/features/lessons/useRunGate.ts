/**
 * Whether a step can run now, and if not, why, in words the learner reads next to the Run button:
 * no engine, another step running (named), a reset in progress, an earlier step to run first.
 */
import type { LessonView } from '@shared/contract';
import { useText } from '../../app/useStrings';
import { useEngine } from '../engine';
import { useLessons } from './LessonsProvider';
import type { Selection } from './navigation';
import { runningStep } from './runs';
import { useLessonsStrings } from './useLessonsStrings';

export interface RunGate {
  canRun: boolean;
  reason?: string;
}

/** "Step title (lesson title)" for the strings that name a step. */
export function useStepName(): (target: Selection) => { step: string; lesson: string } {
  const text = useText();
  const { lessons = [] } = useLessons();
  return (target) => {
    const lesson: LessonView | undefined = lessons.find((l) => l.id === target.lesson);
    const step = lesson?.steps.find((s) => s.id === target.step);
    return { step: step ? text(step.title) : target.step, lesson: lesson ? text(lesson.title) : target.lesson };
  };
}

/** Without `target`: whether any step can run now. With it: that step, which may need an earlier one first. */
export function useRunGate(target?: Selection): RunGate {
  const t = useLessonsStrings();
  const text = useText();
  const engine = useEngine();
  const name = useStepName();
  const { runs, resetting, lessons, condition } = useLessons();
  if (engine.state === 'unavailable') return { canRun: false, reason: t('engineDown') };
  if (engine.state === 'connecting') return { canRun: false, reason: t('engineConnecting') };
  const active = runningStep(runs);
  if (active) {
    const itself = active.lesson === target?.lesson && active.step === target.step;
    return itself ? { canRun: false } : { canRun: false, reason: t('otherRunning', name(active)) };
  }
  if (resetting)
    return { canRun: false, reason: t('resetRunning', { lesson: name({ lesson: resetting, step: '' }).lesson }) };
  const needs = target && condition(target).needs;
  const lesson = target && lessons?.find((l) => l.id === target.lesson);
  const index = lesson?.steps.findIndex((s) => s.id === needs) ?? -1;
  const needed = lesson?.steps[index];
  if (needed) return { canRun: false, reason: t('needsEarlier', { n: index + 1, title: text(needed.title) }) };
  return { canRun: true };
}
