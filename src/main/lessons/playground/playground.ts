/**
 * A lesson's playground as the code that runs its commands sees it: the nodes its actions and consoles
 * run on, their engines, and the learner's engine that starts them and from which images are copied in.
 * The runner (steps) and the console service (consoles on a node) both get it from here.
 */
import type { Engine } from '../../engine';
import type { ActionContext, Playground } from '../execute/context';
import { playgroundNodes } from '../model/nodes';
import type { Lesson } from '../model/types';
import { nodeEnginesOf } from './node-engines';

/** The lesson's playground on the learner's engine `outer`, when the lesson has nodes. */
export function playgroundOf(outer: Engine, lesson: Pick<Lesson, 'steps' | 'consoles'>): Playground | undefined {
  const nodes = playgroundNodes(lesson);
  if (nodes.length === 0) return undefined;
  const engines = nodeEnginesOf(outer);
  return { nodes, outer, engineOf: (node) => engines.engineOf(node) };
}

/**
 * Where a command with `node` runs: that node's engine, with the playground in its context (so a missing
 * image is copied in from the learner's engine); without `node`, the learner's engine itself.
 */
export async function placeOn(
  outer: Engine,
  playground: Playground | undefined,
  node: string | undefined,
): Promise<Pick<ActionContext, 'engine' | 'playground'>> {
  if (!node || !playground) return { engine: outer };
  return { engine: await playground.engineOf(node), playground };
}
