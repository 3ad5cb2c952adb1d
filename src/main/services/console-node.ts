/**
 * Consoles on a playground node (`"node": "node2"` in the lesson file): the console runs on that node's
 * engine, with its image copied in from the learner's engine as for the lesson's steps. When the node,
 * or the network the console joins, is not there yet, the learner is told which step makes it.
 */
import { AppError } from '@shared/errors';
import type { Text } from '@shared/lesson';
import { say } from '@shared/messages';
import { type Engine, toAppError } from '../engine';
import { planSteps } from '../lessons/checks/dependencies';
import { key } from '../lessons/commands';
import type { ActionContext } from '../lessons/execute/context';
import type { Lesson, LessonConsole } from '../lessons/model/types';
import { placeOn, playgroundOf } from '../lessons/playground/playground';
import { usesOf } from '../lessons/safety/uses';
import { serviceErrors } from './messages';

/** The engine a console runs on, and the playground its image comes through when that is a node. */
export type Placed = Pick<ActionContext, 'engine' | 'playground'>;

/** The step that leaves `provided` behind, as the learner finds it: step 2 ("Overlay network"). */
function stepThatMakes(lesson: Lesson, provided: string): { number: number; title: Text } | undefined {
  const index = planSteps(lesson.steps).findIndex((plan) => plan.leftovers.some((l) => l.provides.includes(provided)));
  const step = lesson.steps[index];
  return step && { number: index + 1, title: step.title };
}

/** What to do first: run the step that leaves `provided` behind (it `does` that), then open the console again. */
function runFirst(lesson: Lesson, provided: string, does: Text): Text {
  const step = stepThatMakes(lesson, provided);
  return step ? say(serviceErrors.runStepFirst, { step, does }) : say(serviceErrors.runStepsUpTo, { does });
}

/** The learner's engine, or the engine of the node the console names (which must be running). */
export async function placeConsole(
  outer: Engine,
  lesson: Lesson,
  chosen: Pick<LessonConsole, 'node'>,
): Promise<Placed> {
  try {
    return await placeOn(outer, playgroundOf(outer, lesson), chosen.node);
  } catch (error) {
    if (!chosen.node || toAppError(error).code !== 'NOT_FOUND') throw error;
    const node = chosen.node;
    throw new AppError('NOT_FOUND', say(serviceErrors.consoleNodeDown, { node }), {
      fix: runFirst(lesson, key.container(node), say(serviceErrors.does.startsNode, { node })),
      cause: error,
    });
  }
}

/** The node is not in the swarm now (the lesson's clean-up step made it leave), so the overlay is out of its reach. */
function outsideTheSwarm(lesson: Lesson, node: string, network: string, cause: unknown): AppError {
  const step = stepThatMakes(lesson, key.network(network));
  return new AppError('NOT_FOUND', say(serviceErrors.outsideTheSwarm, { node, network }), {
    fix: say(serviceErrors.outsideTheSwarmFix, { step, network }),
    cause,
  });
}

function notMadeYet(lesson: Lesson, node: string, network: string, cause: unknown): AppError {
  return new AppError('NOT_FOUND', say(serviceErrors.networkNotYet, { node, network }), {
    fix: runFirst(lesson, key.network(network), say(serviceErrors.does.createsNetwork, { network })),
    cause,
  });
}

/** A console on a node that failed because the network it joins is not there: what to run to make it so. */
export async function explainOnNode(
  lesson: Lesson,
  chosen: Pick<LessonConsole, 'spec' | 'node'>,
  placed: Placed,
  error: unknown,
) {
  const { code, message } = toAppError(error);
  const network = usesOf(chosen.spec).networks.find((name) => message.includes(name));
  const missing = code === 'NOT_FOUND' || /not found|no such network/i.test(message);
  if (!chosen.node || !network || !missing) return error;
  const swarm = await placed.engine.swarmInfo().catch(() => undefined);
  const left = lesson.requires.swarm && swarm?.localNodeState === 'inactive';
  return (left ? outsideTheSwarm : notMadeYet)(lesson, chosen.node, network, error);
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
