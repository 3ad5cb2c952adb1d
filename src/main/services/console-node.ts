/**
 * Consoles on a playground node (`"node": "node2"` in the lesson file): the console runs on that node's
 * engine, with its image copied in from the learner's engine as for the lesson's steps. When the node,
 * or the network the console joins, is not there yet, the learner is told which step makes it.
 */
import { AppError } from '@shared/errors';
import { type Engine, toAppError } from '../engine';
import { planSteps } from '../lessons/checks/dependencies';
import { key } from '../lessons/commands';
import type { ActionContext } from '../lessons/execute/context';
import type { Lesson, LessonConsole } from '../lessons/model/types';
import { placeOn, playgroundOf } from '../lessons/playground/playground';
import { usesOf } from '../lessons/safety/uses';

/** The engine a console runs on, and the playground its image comes through when that is a node. */
export type Placed = Pick<ActionContext, 'engine' | 'playground'>;

/** What to do first: run the step that leaves `provided` behind (`what` it does), then open the console again. */
function runFirst(lesson: Lesson, provided: string, what: string): string {
  const index = planSteps(lesson.steps).findIndex((plan) => plan.leftovers.some((l) => l.provides.includes(provided)));
  const step = lesson.steps[index];
  return step
    ? `Run step ${index + 1} ("${step.title.en}") first: it ${what}. Then open this console again.`
    : `Run the lesson's steps up to the one that ${what}, then open this console again.`;
}

/** The learner's engine, or the engine of the node the console names (which must be running). */
export async function placeConsole(outer: Engine, lesson: Lesson, chosen: LessonConsole): Promise<Placed> {
  try {
    return await placeOn(outer, playgroundOf(outer, lesson), chosen.node);
  } catch (error) {
    if (!chosen.node || toAppError(error).code !== 'NOT_FOUND') throw error;
    throw new AppError('NOT_FOUND', `This console runs on ${chosen.node}, which is not running.`, {
      fix: runFirst(lesson, key.container(chosen.node), `starts ${chosen.node}`),
      cause: error,
    });
  }
}

/** A console on a node that failed because the network it joins (an overlay a step creates) is not there yet. */
export function explainOnNode(lesson: Lesson, chosen: LessonConsole, error: unknown): unknown {
  const { code, message } = toAppError(error);
  const network = usesOf(chosen.spec).networks.find((name) => message.includes(name));
  const missing = code === 'NOT_FOUND' || /not found|no such network/i.test(message);
  if (!chosen.node || !network || !missing) return error;
  return new AppError(
    'NOT_FOUND',
    `This console joins the network ${network} on ${chosen.node}, which is not there yet.`,
    {
      fix: runFirst(lesson, key.network(network), `creates ${network}`),
      cause: error,
    },
  );
}

/**
 * How a console's container is removed: on a node, through the node's engine as it is at that moment
 * (a Reset elsewhere closes the node engines, and they reopen when needed); when the node itself is
 * gone, its console went with it.
 */
export function removerFor(placed: Placed, node?: string): Pick<Engine, 'removeContainer'> {
  const { playground } = placed;
  if (!node || !playground) return placed.engine;
  return { removeContainer: async (id) => (await playground.engineOf(node)).removeContainer(id) };
}
