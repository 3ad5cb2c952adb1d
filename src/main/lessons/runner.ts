/**
 * Runs lesson steps against the engine: each action is executed as the docker CLI would, its Engine
 * API calls are recorded, and its checks read the engine's real state. The runner does not know who
 * called it (the desktop app, browser mode or the headless lab).
 */

import { AsyncLocalStorage } from 'node:async_hooks';
import type { Text } from '@shared/lesson';
import {
  type ActionResult,
  type ApiCall,
  actionPassed,
  type OutputChunk,
  type RunnerEvent,
  type StepResult,
} from '@shared/results';
import type { Engine } from '../engine';
import { collectApiCalls, toAppError, withAbortSignal } from '../engine';
import { verifyEach } from './challenges/verify-each';
import { onEngine, readBefore, verifyAll } from './checks';
import { engineNotes } from './checks/engine-notes';
import type { LessonCheck } from './checks/vocabulary';
import { type ActionSpec, executeAction, formatAction } from './commands';
import { adaptToEngine, refuseUnsupported, unsupportedNotes } from './engine-adapt';
import { cancelledError, throwIfCancelled } from './execute/cancel';
import type { ActionContext, ActionOutcome } from './execute/context';
import { ensureImageOn } from './execute/images';
import type { Lesson, LessonAction, LessonStep } from './model/types';
import { placeOn, playgroundOf } from './playground/playground';
import { combine, ensureUsable, usesOf, usesOfChecks } from './safety/uses';

/** What one action of a step does: its command and that command's checks, or (a challenge's) checks alone. */
interface Work {
  /** Shown as the command; for checks alone, CHECKS_ONLY. */
  command: string;
  /** The command as it runs on this engine; absent when only checks run. */
  spec?: ActionSpec;
  /** How the command was adapted to this engine. */
  notes: Text[];
  checks: LessonCheck[];
  node?: string | undefined;
  input?: string[] | undefined;
}

/** The "command" of an action that runs checks alone, as the headless runner prints it after `$`. */
export const CHECKS_ONLY = "# the challenge's checks, against the engine as it is now";

export interface RunnerOptions {
  onEvent?: (event: RunnerEvent) => void;
  /** Cancels the running action (its engine requests are aborted) and the actions after it. */
  signal?: AbortSignal;
}

export class LessonRunner {
  private readonly signal: AbortSignal;

  constructor(
    private readonly engine: Engine,
    private readonly options: RunnerOptions = {},
  ) {
    this.signal = options.signal ?? new AbortController().signal;
  }

  private emit(event: RunnerEvent): void {
    this.options.onEvent?.(event);
  }

  async runStep(lesson: Lesson, step: LessonStep): Promise<StepResult> {
    const actions: ActionResult[] = [];
    for (const [index, action] of step.actions.entries()) {
      const result = await this.runAction(lesson, step.id, index, action);
      actions.push(result);
      if (result.error) break; // later actions depend on this one
    }
    // A challenge's actions are its solution: once it ran, the challenge's checks judge what it made.
    const solved = actions.length === step.actions.length && actions.every((a) => !a.error);
    if (step.challenge && solved)
      actions.push(await this.runChecks(lesson, step.id, actions.length, step.challenge.checks));
    const expected = step.actions.length + (step.challenge ? 1 : 0);
    const ok = actions.length === expected && actions.every(actionPassed);
    return { lesson: lesson.id, step: step.id, actions, ok };
  }

  /** A command outside the lesson's steps (e.g. connect/disconnect buttons), with the same safety rules. */
  runCommand(lesson: Lesson, spec: ActionSpec): Promise<ActionResult> {
    return this.runAction(lesson, 'manual', 0, { command: formatAction(spec), spec, checks: [] });
  }

  runAction(lesson: Lesson, stepId: string, index: number, action: LessonAction): Promise<ActionResult> {
    const { spec, notes } = adaptToEngine(this.engine, action.spec);
    const { node, input, checks } = action;
    const command = formatAction(spec, this.engine.endpoint);
    return this.perform(lesson, stepId, index, { command, spec, notes, checks, node, input });
  }

  /** Checks alone, against the engine as it is now (a challenge's): an action that runs no command. */
  runChecks(lesson: Lesson, stepId: string, index: number, checks: LessonCheck[]): Promise<ActionResult> {
    return this.perform(lesson, stepId, index, { command: CHECKS_ONLY, notes: [], checks });
  }

  private async perform(lesson: Lesson, stepId: string, index: number, work: Work): Promise<ActionResult> {
    const where = { lesson: lesson.id, step: stepId, action: index };
    const { command, spec, notes: engineAdaptations } = work;
    this.emit({ type: 'action-start', ...where, command, ...(work.node ? { node: work.node } : {}) });
    const started = Date.now();
    const output: OutputChunk[] = [];
    const apiCalls: ApiCall[] = [];
    const playground = playgroundOf(this.engine, lesson);
    const ctx: Omit<ActionContext, 'uncancellable' | 'engine'> = {
      origin: where,
      localImages: lesson.localImages,
      ...(work.input ? { input: work.input } : {}),
      signal: this.signal,
      onOutput: (chunk) => {
        output.push(chunk);
        this.emit({ type: 'output', ...where, chunk });
      },
      onProgress: (progress) => this.emit({ type: 'progress', ...where, progress }),
    };
    const base = { ...where, command, output, apiCalls };
    let result: ActionResult;
    try {
      result = await collectApiCalls(apiCalls, async () => {
        // Taken outside the cancel scope: clean-up requests are still recorded, but never aborted.
        const outside = AsyncLocalStorage.snapshot();
        return withAbortSignal(this.signal, async () => {
          throwIfCancelled(this.signal);
          if (spec) refuseUnsupported(this.engine, lesson.requires, spec);
          const placed = await placeOn(this.engine, playground, work.node);
          const { engine } = placed;
          const running = { ...ctx, ...placed };
          const lookContext: ActionContext = { ...running, playground, uncancellable: (work) => outside(work) };
          const checking = onEngine(engine, playground?.engineOf, (on, image) => ensureImageOn(lookContext, on, image));
          if (!spec) {
            const checks = await verifyEach(engine, checking, { exitCode: null, warnings: [], output }, work.checks);
            return { ...base, exitCode: null, warnings: [], notes: [], checks, durationMs: Date.now() - started };
          }
          await ensureUsable(engine, combine(usesOf(spec), usesOfChecks(work.checks)));
          const before = await readBefore(checking, work.checks);
          const outcome = await executeAction({ ...running, uncancellable: (work) => outside(work) }, spec);
          const durationMs = Date.now() - started;
          throwIfCancelled(this.signal);
          const checks = await verifyAll(checking, { ...outcome, output }, work.checks, before);
          return { ...base, ...this.describe(outcome, engineAdaptations), checks, durationMs };
        });
      });
    } catch (error) {
      // Once cancelled, whatever the aborted request threw means the same thing to the learner.
      const info = (this.signal.aborted ? cancelledError() : toAppError(error)).toInfo();
      const notes = [...engineAdaptations, ...unsupportedNotes(info.code)];
      result = {
        ...base,
        exitCode: null,
        warnings: [],
        notes,
        checks: [],
        durationMs: Date.now() - started,
        error: info,
      };
    }
    this.emit({ type: 'action-end', result });
    return result;
  }

  private describe(
    outcome: ActionOutcome,
    notes: Text[],
  ): Pick<ActionResult, 'exitCode' | 'warnings' | 'notes' | 'containerId' | 'reused'> {
    const deprecatedLinks = outcome.warnings.some((w) => /links? .*deprecated|deprecated.*link/i.test(w));
    const all = [...notes, ...(outcome.notes ?? [])];
    return {
      exitCode: outcome.exitCode,
      warnings: outcome.warnings,
      notes: deprecatedLinks ? [...all, engineNotes.linksDeprecated] : all,
      ...(outcome.containerId ? { containerId: outcome.containerId } : {}),
      ...(outcome.reused ? { reused: true } : {}),
    };
  }
}
