/**
 * Runs lesson steps one at a time (steps of a lesson build on each other and share names and a
 * port), and passes what they do to every subscriber; a subscriber arriving late gets the events
 * of the latest run first.
 */
import type { ActionSpec } from '@shared/actions';
import type { Lesson, LessonStep } from '@shared/lesson';
import type { ActionResult, RunnerEvent, StepResult } from '@shared/results';
import type { Engine } from '../engine/engine';
import { LessonRunner } from '../lessons/runner';

const REPLAY_LIMIT = 2000;

export class StepService {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly listeners = new Set<(event: RunnerEvent) => void>();
  private replay: RunnerEvent[] = [];

  runStep(engine: Engine, lesson: Lesson, step: LessonStep): Promise<StepResult> {
    return this.serialize(() => {
      this.replay = [];
      return this.runner(engine).runStep(lesson, step);
    });
  }

  /** An action that is not a lesson step (the networks panel's connect and disconnect buttons). */
  runCommand(engine: Engine, lesson: Lesson, spec: ActionSpec): Promise<ActionResult> {
    return this.serialize(() => this.runner(engine).runCommand(lesson, spec));
  }

  subscribe(listener: (event: RunnerEvent) => void): () => void {
    for (const event of this.replay) listener(event);
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private runner(engine: Engine): LessonRunner {
    return new LessonRunner(engine, { onEvent: (event) => this.publish(event) });
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
