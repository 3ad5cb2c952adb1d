/**
 * Runs lesson steps one at a time (steps of a lesson build on each other and share names and a
 * port), lets the running one be cancelled, and passes what they do to every subscriber; a
 * subscriber arriving late gets the events of the latest run first. A reset waits its turn too.
 * Each step's last result is kept (when given a place to keep it), for a reload or a restart.
 */

import type { ActionResult, RunnerEvent, StepResult } from '@shared/results';
import type { Engine } from '../engine';
import { checkChallenge } from '../lessons/challenges/check';
import type { ActionSpec } from '../lessons/commands';
import type { Lesson, LessonAction, LessonStep } from '../lessons/model/types';
import { LessonRunner } from '../lessons/runner';
import type { StepResults } from './step-results';

const REPLAY_LIMIT = 2000;

export class StepService {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly listeners = new Set<(event: RunnerEvent) => void>();
  private replay: RunnerEvent[] = [];
  private running?: { lesson: string; step: string; controller: AbortController };

  constructor(private readonly results?: StepResults) {}

  runStep(engine: Engine, lesson: Lesson, step: LessonStep): Promise<StepResult> {
    return this.track(engine, lesson.id, step.id, async (runner) =>
      this.keep({ ...(await runner.runStep(lesson, step)), endedAt: Date.now() }),
    );
  }

  /** Cancels the step if it is the one running now; true when it was. Steps waiting their turn still run. */
  cancel(lesson: string, step: string): boolean {
    const running = this.running;
    if (running?.lesson !== lesson || running.step !== step || running.controller.signal.aborted) return false;
    running.controller.abort();
    return true;
  }

  /** An action that is not a lesson step (the networks panel's connect and disconnect buttons). */
  runCommand(engine: Engine, lesson: Lesson, spec: ActionSpec): Promise<ActionResult> {
    return this.serialize(() => this.runner(engine).runCommand(lesson, spec));
  }

  /**
   * One action on its own, in turn with the steps and cancellable as `step`: a line typed into the
   * Explore terminal (step "explore"), or one of a step's commands that the learner typed.
   */
  runAction(engine: Engine, lesson: Lesson, step: string, index: number, action: LessonAction): Promise<ActionResult> {
    return this.track(engine, lesson.id, step, (runner) => runner.runAction(lesson, step, index, action));
  }

  /**
   * A challenge judged now, in turn with the steps (its checks may start a throwaway container); its
   * result is kept like a step's, so a reload shows the last verdict.
   */
  checkChallenge(engine: Engine, lesson: Lesson, step: LessonStep): Promise<StepResult> {
    return this.serialize(async () =>
      this.keep({ ...(await checkChallenge(engine, lesson, step)), endedAt: Date.now() }),
    );
  }

  /** Work that must not overlap a step (a lesson's reset): it waits for the running and queued steps. */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    return this.serialize(work);
  }

  /** The lesson's reset, then its kept results are forgotten (what they showed is gone). */
  reset<T>(lesson: string, work: () => Promise<T>): Promise<T> {
    return this.serialize(async () => {
      const report = await work();
      this.results?.forget(lesson);
      return report;
    });
  }

  subscribe(listener: (event: RunnerEvent) => void): () => void {
    for (const event of this.replay) listener(event);
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Each step's last result kept for the lesson (none when the service keeps nothing). */
  kept(lesson: string): Record<string, StepResult> {
    return this.results?.of(lesson) ?? {};
  }

  /** Keeps a step's result as its last one (a run, a challenge's verdict, a step completed by typing). */
  keep(result: StepResult): StepResult {
    try {
      this.results?.record(result);
    } catch {
      // A full or read-only disk costs the kept copy, never the run.
    }
    return result;
  }

  /** Work of one step in turn with the others, cancellable as that step (see cancel); it starts a new replay. */
  private track<T>(engine: Engine, lesson: string, step: string, work: (runner: LessonRunner) => Promise<T>) {
    return this.serialize(async () => {
      this.replay = [];
      const controller = new AbortController();
      this.running = { lesson, step, controller };
      try {
        return await work(this.runner(engine, controller.signal));
      } finally {
        this.running = undefined;
      }
    });
  }

  private runner(engine: Engine, signal?: AbortSignal): LessonRunner {
    return new LessonRunner(engine, { onEvent: (event) => this.publish(event), ...(signal ? { signal } : {}) });
  }

  private publish(event: RunnerEvent): void {
    if (this.replay.length < REPLAY_LIMIT) this.replay.push(event);
    for (const listener of this.listeners) listener(event);
  }

  private serialize<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }
}
