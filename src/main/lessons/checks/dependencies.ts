/**
 * How a lesson's steps build on each other, read from the lesson's data alone: what each step leaves on
 * the engine (networks, containers running in the background, the host ports they publish), and which
 * of those a later step names (to link to, join, connect, request, ping, or check that it is listed).
 * No lesson lists its dependencies.
 */
import { type ActionSpec, commandFor, key, type Leaves } from '../commands';
import type { LessonStep } from '../model/types';

/** An object a step leaves behind, found again on the engine by its labels (lesson, step, action). */
export interface Leftover extends Leaves {
  step: string;
  action: number;
  /** The playground node it is on; absent for the learner's own engine. */
  node?: string;
}

export interface StepPlan {
  step: string;
  leftovers: Leftover[];
  /** What the step uses that an earlier step leaves behind, by the leftover that provides it. */
  needs: Leftover[];
}

function leftoverOf(step: string, action: number, spec: ActionSpec, node?: string): Leftover | undefined {
  const leaves = commandFor(spec.kind).leaves?.(spec);
  return leaves && { step, action, ...leaves, ...(node ? { node } : {}) };
}

/** Fields that name no engine object: what to run and how to print it, ids, explanations, typed input. */
const NOT_NAMES = new Set(['kind', 'image', 'command', 'style', 'input', 'id', 'explain', 'node']);

/** Every string and number in a step's actions and checks, outside the fields above: the names it uses. */
function namesIn(value: unknown, field = ''): string[] {
  if (NOT_NAMES.has(field)) return [];
  if (typeof value === 'string' || typeof value === 'number') return [String(value)];
  if (Array.isArray(value)) return value.flatMap((item) => namesIn(item));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => namesIn(v, k));
  return [];
}

/** What the step may use of what earlier steps leave: each name it mentions, as a container, network or port. */
function usedKeys(step: LessonStep): string[] {
  return namesIn(step.actions).flatMap((name) => [
    key.container(name),
    key.network(name),
    key.service(name),
    key.port(name),
  ]);
}

/** Names a step removes (`docker rm`, `docker network rm`): what earlier steps left under them is gone on purpose. */
function removedKeys(step: LessonStep): string[] {
  return step.actions.flatMap(({ spec }) => commandFor(spec.kind).removes?.(spec) ?? []);
}

/** Each step's leftovers and what it needs of earlier steps, in the lesson's order. */
export function planSteps(steps: LessonStep[]): StepPlan[] {
  const providers = new Map<string, Leftover>();
  return steps.map((step, index) => {
    const own = step.actions.flatMap(({ spec, node }, action) => leftoverOf(step.id, action, spec, node) ?? []);
    const ownKeys = new Set(own.flatMap((leftover) => leftover.provides));
    const needed = usedKeys(step).flatMap((used) => (ownKeys.has(used) ? [] : (providers.get(used) ?? [])));
    for (const removed of removedKeys(step)) providers.delete(removed);
    // A challenge's solution is the learner's to type: what they make is labelled as typed, not as this step's.
    if (step.challenge) return { step: step.id, leftovers: [], needs: [...new Set(needed)] };
    for (const leftover of own) for (const provided of leftover.provides) providers.set(provided, leftover);
    const removedLater = new Set(steps.slice(index + 1).flatMap(removedKeys));
    return {
      step: step.id,
      leftovers: own.filter((leftover) => !leftover.provides.some((provided) => removedLater.has(provided))),
      needs: [...new Set(needed)],
    };
  });
}
