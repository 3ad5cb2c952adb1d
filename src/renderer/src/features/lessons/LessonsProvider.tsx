/** The lessons, where the learner is, their progress and their step runs, shared by navigator and step view. */
import type { LessonView, Progress, StepView } from '@shared/contract';
import type { StepResult } from '@shared/results';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { bootData } from '../../api/client';
import { loadSettings, saveSettings } from '../../app/settings';
import { neighbour, openingSelection, type Selection } from './navigation';
import type { Runs } from './runs';
import { type StepCondition, stepCondition } from './step-condition';
import { useKeptResults } from './useKeptResults';
import { useLessonData } from './useLessonData';
import { useLessonState } from './useLessonState';
import { useStepRuns } from './useStepRuns';

interface LessonsState {
  lessons?: LessonView[];
  loadError?: string;
  progress: Progress;
  selection?: Selection;
  lesson?: LessonView;
  step?: StepView;
  select(selection: Selection): void;
  move(offset: 1 | -1): void;
  canMove(offset: 1 | -1): boolean;
  runs: Runs;
  running: boolean;
  run(selection: Selection): Promise<StepResult | undefined>;
  /** Cancels the step if it is running; false when it was not (it had ended, or was not this one). */
  cancel(selection: Selection): Promise<boolean>;
  /** After a reset: the lesson starts over. */
  restart(lesson: string): void;
  /** The lesson whose reset is in progress: no step runs meanwhile. */
  resetting?: string;
  setResetting(lesson: string | undefined): void;
  /** A line typed in the Explore terminal ran; `step`: the step (or challenge) it ran or checked. */
  explored(step?: StepResult): void;
  /** What the engine's state says of a step of the open lesson: it needs re-running, or an earlier step first. */
  condition(target: Selection): StepCondition;
}

const LessonsContext = createContext<LessonsState | null>(null);

export function LessonsProvider({ children }: { children: ReactNode }) {
  const { lessons, loadError, progress, saveProgress } = useLessonData();
  const { runs, run: runStep, cancel: cancelStep, clear, record, restore, running } = useStepRuns();
  /** The lesson open when the app last ran (null: none saved; undefined: not read yet). */
  const [lastOpen, setLastOpen] = useState<string | null | undefined>(() =>
    bootData ? (bootData.settings.lesson ?? null) : undefined,
  );
  // With the page's boot data the first render already shows the open step: no empty screen before it.
  const [selection, setSelection] = useState<Selection | undefined>(() =>
    lessons && progress && lastOpen !== undefined ? openingSelection(lessons, progress, lastOpen) : undefined,
  );
  const [resetting, setResetting] = useState<string>();
  useKeptResults(lessons, restore);
  const { state: lessonState, refresh: refreshState } = useLessonState(selection?.lesson, running);

  const select = useCallback(
    (next: Selection) => {
      setSelection(next);
      if (next.lesson !== selection?.lesson) saveSettings({ lesson: next.lesson });
      saveProgress(next.lesson, (entry) => ({ ...entry, current: next.step }));
    },
    [saveProgress, selection?.lesson],
  );

  useEffect(() => {
    if (lastOpen === undefined) void loadSettings().then((settings) => setLastOpen(settings.lesson ?? null));
  }, [lastOpen]);

  useEffect(() => {
    if (selection || !lessons || !progress || lastOpen === undefined) return;
    const start = openingSelection(lessons, progress, lastOpen);
    if (start) setSelection(start);
  }, [selection, lessons, progress, lastOpen]);

  const complete = useCallback(
    (target: Selection) =>
      saveProgress(target.lesson, (entry) => ({
        ...entry,
        completed: [...new Set([...entry.completed, target.step])],
      })),
    [saveProgress],
  );

  const run = useCallback(
    async (target: Selection) => {
      const result = await runStep(target.lesson, target.step);
      if (result?.ok) complete(target);
      return result;
    },
    [runStep, complete],
  );

  const explored = useCallback(
    (result?: StepResult) => {
      if (result) record(result);
      if (result?.ok) complete(result);
      refreshState();
    },
    [record, complete, refreshState],
  );

  const cancel = useCallback((target: Selection) => cancelStep(target.lesson, target.step), [cancelStep]);

  const restart = useCallback(
    (id: string) => {
      clear(id);
      const first = lessons?.find((l) => l.id === id)?.steps[0]?.id;
      saveProgress(id, () => ({ completed: [], ...(first ? { current: first } : {}) }));
      if (first && selection?.lesson === id) setSelection({ lesson: id, step: first });
      refreshState();
    },
    [clear, lessons, saveProgress, selection, refreshState],
  );

  const value = useMemo<LessonsState>(() => {
    const lesson = lessons?.find((l) => l.id === selection?.lesson);
    const step = lesson?.steps.find((s) => s.id === selection?.step);
    const target = (offset: 1 | -1) => (lessons && selection ? neighbour(lessons, selection, offset) : undefined);
    return {
      lessons,
      loadError,
      progress: progress ?? {},
      selection,
      lesson,
      step,
      select,
      move: (offset) => {
        const next = target(offset);
        if (next) select(next);
      },
      canMove: (offset) => target(offset) !== undefined,
      runs,
      running,
      run,
      cancel,
      restart,
      resetting,
      setResetting,
      explored,
      condition: (target) =>
        stepCondition(lessonState, target, !!progress?.[target.lesson]?.completed.includes(target.step)),
    };
  }, [
    lessons,
    loadError,
    progress,
    selection,
    select,
    runs,
    running,
    run,
    cancel,
    restart,
    resetting,
    explored,
    lessonState,
  ]);

  return <LessonsContext.Provider value={value}>{children}</LessonsContext.Provider>;
}

export function useLessons(): LessonsState {
  const state = useContext(LessonsContext);
  if (!state) throw new Error('useLessons outside LessonsProvider');
  return state;
}
