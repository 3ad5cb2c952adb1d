/**
 * A lesson's steps checked against the engine's real state: what each step left behind (found by the
 * app's labels) is still there and running, and what a step needs of earlier steps is there before it runs.
 */
import type { LeftoverState, LessonState } from '@shared/contract';
import { AppError } from '@shared/errors';
import { say } from '@shared/messages';
import type { ContainerSummary, Engine, Labels, NetworkInfo, ServiceInfo } from '../../engine';
import { lessonErrors } from '../messages';
import { playgroundNodes } from '../model/nodes';
import type { Lesson, LessonStep } from '../model/types';
import { nodeEnginesOf } from '../playground/node-engines';
import { LABEL, labelsFor } from '../safety/labels';
import { type Leftover, planSteps, type StepPlan } from './dependencies';

type Found = ContainerSummary | NetworkInfo | ServiceInfo;
type StateOf = (leftover: Leftover) => LeftoverState;

const madeBy = (leftover: Leftover) => (object: Found) =>
  object.labels[LABEL.step] === leftover.step && object.labels[LABEL.action] === String(leftover.action);

interface Objects {
  containers: ContainerSummary[];
  networks: NetworkInfo[];
  services: ServiceInfo[];
}

const none: Objects = { containers: [], networks: [], services: [] };

/** Services only inside playground nodes: the app never puts the learner's own engine into swarm mode. */
async function objectsOn(engine: Engine, labels: Labels, node?: string): Promise<Objects> {
  const services = node && (await engine.swarmInfo()).controlAvailable ? engine.listServices(labels) : [];
  const [containers, networks] = await Promise.all([engine.listContainers(labels), engine.listNetworks(labels)]);
  return { containers, networks, services: await services };
}

/** The lesson's objects on the learner's engine and on each playground node (none on a node that is gone). */
async function readObjects(engine: Engine, lesson: Lesson): Promise<Map<string | undefined, Objects>> {
  const labels = labelsFor({ lesson: lesson.id });
  const nodes = playgroundNodes(lesson);
  const onNode = (node: string) =>
    nodeEnginesOf(engine)
      .engineOf(node)
      .then((inner) => objectsOn(inner, labels, node))
      .catch(() => none);
  const read = await Promise.all([objectsOn(engine, labels), ...nodes.map(onNode)]);
  return new Map<string | undefined, Objects>([undefined, ...nodes].map((node, i) => [node, read[i] ?? none]));
}

/** Reads the lesson's objects once; then answers for each leftover whether it is there (and runs). */
async function readLeftovers(engine: Engine, lesson: Lesson): Promise<StateOf> {
  const objects = await readObjects(engine, lesson);
  return (leftover) => {
    const { kind, name } = leftover;
    const { containers, networks, services } = objects.get(leftover.node) ?? none;
    if (kind === 'network') return { kind, name, state: networks.some(madeBy(leftover)) ? 'present' : 'gone' };
    if (kind === 'service') return { kind, name, state: services.some(madeBy(leftover)) ? 'present' : 'gone' };
    const made = containers.filter(madeBy(leftover));
    const state = made.some((c) => c.state === 'running') ? 'present' : made.length > 0 ? 'stopped' : 'gone';
    return { kind, name, state };
  };
}

/** The earlier leftovers `plan` needs that are stopped or gone, with the step that makes each. */
function unmet(plan: StepPlan, stateOf: StateOf): Array<LeftoverState & { step: string }> {
  return plan.needs.flatMap((needed) => {
    const found = stateOf(needed);
    return found.state === 'present' ? [] : [{ ...found, step: needed.step }];
  });
}

export async function readLessonState(engine: Engine, lesson: Lesson): Promise<LessonState> {
  const stateOf = await readLeftovers(engine, lesson);
  const order = lesson.steps.map((step) => step.id);
  return {
    lesson: lesson.id,
    steps: planSteps(lesson.steps).map((plan) => {
      const missing = unmet(plan, stateOf);
      return {
        step: plan.step,
        leftovers: plan.leftovers.map(stateOf),
        needs: order.filter((id) => missing.some((m) => m.step === id)),
      };
    }),
  };
}

/** Refuses to run `step` while something it uses from an earlier step is stopped or gone, naming that step. */
export async function requireEarlierSteps(engine: Engine, lesson: Lesson, step: LessonStep): Promise<void> {
  const plan = planSteps(lesson.steps).find((candidate) => candidate.step === step.id);
  const missing = plan ? unmet(plan, await readLeftovers(engine, lesson)) : [];
  const index = lesson.steps.findIndex((candidate) => missing.some((m) => m.step === candidate.id));
  const earlier = lesson.steps[index];
  if (!earlier) return;
  const uses = missing.filter((m) => m.step === earlier.id);
  const first = { step: index + 1, title: earlier.title };
  throw new AppError('NOT_FOUND', say(lessonErrors.earlierStepFirst, { ...first, uses }), {
    fix: say(lessonErrors.earlierStepFirstFix, first),
  });
}
