/**
 * The Explore terminal: a typed `docker …` line runs through the same execution, safety rules and
 * labels as the lesson's steps; a step's own command counts as running it (with its checks); an
 * interactive run opens a session like a console; anything else gets a message naming what runs.
 */

import { AppError } from '@shared/errors';
import { say } from '@shared/messages';
import type { ActionResult, ExploreResult, StepResult } from '@shared/results';
import type { Engine, TerminalSize } from '../../engine';
import { requireEarlierSteps } from '../../lessons/checks/lesson-state';
import { type ActionSpec, formatAction } from '../../lessons/commands';
import { knownCommandNames } from '../../lessons/commands/table';
import { playgroundNodes } from '../../lessons/model/nodes';
import type { Lesson, LessonAction } from '../../lessons/model/types';
import { placeOn, playgroundOf } from '../../lessons/playground/playground';
import { APP_ID, LABEL } from '../../lessons/safety/labels';
import { type ConsoleSessions, EXPLORE_STEP } from '../consoles';
import type { StepService } from '../step-service';
import { candidates, namesOn, planCompletion } from './complete';
import { exploreMessages } from './messages';
import { readLine } from './read-line';
import { interactiveRun } from './session';
import { type StepAction, stepActionFor, stepResultWith } from './step-match';

export interface ExploreLine {
  line: string;
  node?: string | undefined;
}

/** Commands that change swarm mode: the app never puts the learner's own engine into (or out of) a swarm. */
const swarmChanging = new Set<ActionSpec['kind']>(['swarm-init', 'swarm-join', 'swarm-leave', 'service-create']);

export class ExploreService {
  /** Per lesson, the number of the last typed line: each line is an action of its own (see nextAction). */
  private readonly typed = new Map<string, number>();

  constructor(
    private readonly steps: StepService,
    private readonly consoles: ConsoleSessions,
  ) {}

  async run(engine: Engine, lesson: Lesson, input: ExploreLine, size: TerminalSize): Promise<ExploreResult> {
    const read = readLine(input.line, engine.endpoint);
    if (read.kind === 'unsupported') {
      const supported = knownCommandNames.join(', ');
      return {
        kind: 'unsupported',
        message: say(exploreMessages.unsupported, { what: read.what, supported }),
        supported: knownCommandNames,
      };
    }
    const { spec } = read;
    const node = nodeOf(lesson, input.node);
    refuseSwarmOutsideNodes(spec, node);
    const match = await countsAsStep(engine, lesson, stepActionFor(lesson, spec, node));
    const session = interactiveRun(spec);
    if (session)
      return {
        kind: 'session',
        ...(await this.consoles.openRun(engine, lesson, size, { spec: session, node }, EXPLORE_STEP)),
      };
    return match ? this.runStepAction(engine, lesson, match) : this.runTyped(engine, lesson, spec, input.line, node);
  }

  async complete(engine: Engine, lesson: Lesson, input: ExploreLine): Promise<{ from: number; candidates: string[] }> {
    const plan = planCompletion(input.line);
    if (plan.names.length === 0) return { from: plan.from, candidates: candidates(plan, []) };
    const { engine: on } = await placeOn(engine, playgroundOf(engine, lesson), nodeOf(lesson, input.node));
    return { from: plan.from, candidates: candidates(plan, await namesOn(on, plan.names)) };
  }

  /** A step's command, typed: it runs as that step's action (its labels, its checks). */
  private async runStepAction(engine: Engine, lesson: Lesson, match: StepAction): Promise<ExploreResult> {
    const result = await this.steps.runAction(engine, lesson, match.step.id, match.index, match.action);
    // The step's other commands as they last ran (kept), so a step of several commands completes across typed lines.
    const step = this.steps.keep(stepResultWith(match, result, this.steps.kept(lesson.id)[match.step.id]));
    return this.ran(engine, lesson, result, step);
  }

  /** Any other command of the subset: step "explore", so the lesson's labels (and its Reset) cover what it makes. */
  private async runTyped(engine: Engine, lesson: Lesson, spec: ActionSpec, line: string, node?: string) {
    const action: LessonAction = {
      command: line.trim() || formatAction(spec),
      spec,
      checks: [],
      ...(node ? { node } : {}),
    };
    const index = await this.nextAction(engine, lesson);
    const result = await this.steps.runAction(engine, lesson, EXPLORE_STEP, index, action);
    return this.ran(engine, lesson, result);
  }

  private async ran(engine: Engine, lesson: Lesson, result: ActionResult, step?: StepResult): Promise<ExploreResult> {
    const challenge = result.error ? undefined : await this.openChallenge(engine, lesson);
    return { kind: 'ran', result, ...(step ? { step } : {}), ...(challenge ? { challenge } : {}) };
  }

  /**
   * The lesson's challenge (its first challenge step; a lesson ends with one), judged after a command
   * that ran without an error, in turn with the steps (its checks may start a throwaway container). A
   * check that cannot run now (the engine went away) leaves it out: the command did run.
   */
  private async openChallenge(engine: Engine, lesson: Lesson): Promise<StepResult | undefined> {
    const step = lesson.steps.find((candidate) => candidate.challenge);
    if (!step) return undefined;
    return this.steps.checkChallenge(engine, lesson, step).catch(() => undefined);
  }

  /**
   * Typed lines are numbered (the action label), so that two typed `docker run -d …` never count as
   * "an earlier run of the same action" to be reused. Numbering goes on from the lesson's containers
   * an earlier run of the app left.
   */
  private async nextAction(engine: Engine, lesson: Lesson): Promise<number> {
    let last = this.typed.get(lesson.id);
    if (last === undefined) {
      const made = await engine.listContainers({
        [LABEL.app]: APP_ID,
        [LABEL.lesson]: lesson.id,
        [LABEL.step]: EXPLORE_STEP,
      });
      last = Math.max(0, ...made.map((container) => Number(container.labels[LABEL.action]) || 0));
    }
    this.typed.set(lesson.id, last + 1);
    return last + 1;
  }
}

/**
 * A step's command counts as running that step when the step could run now (`requireEarlierSteps`,
 * as for step.run). Before then it runs as any typed line: `docker network ls`, the last step's first
 * command, just lists the networks, and a command that needs an earlier step's objects fails saying so.
 */
async function countsAsStep(engine: Engine, lesson: Lesson, match: StepAction | undefined) {
  if (!match) return undefined;
  try {
    await requireEarlierSteps(engine, lesson, match.step);
    return match;
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') return undefined;
    throw error;
  }
}

/** The node the line runs on: one of the lesson's playground nodes, or none (the learner's engine). */
function nodeOf(lesson: Lesson, node: string | undefined): string | undefined {
  if (node === undefined) return undefined;
  const nodes = playgroundNodes(lesson);
  if (nodes.includes(node)) return node;
  throw new AppError(
    'NOT_FOUND',
    say(exploreMessages.noSuchNode, { lesson: lesson.id, node, nodes: nodes.join(', ') }),
  );
}

function refuseSwarmOutsideNodes(spec: ActionSpec, node: string | undefined): void {
  if (node || !swarmChanging.has(spec.kind)) return;
  throw new AppError('BAD_COMMAND', say(exploreMessages.swarmOnNodesOnly, { command: formatAction(spec) }), {
    fix: exploreMessages.swarmOnNodesOnlyFix,
  });
}
