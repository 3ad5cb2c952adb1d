/**
 * Before a step creates something, make sure it would not clash with what the learner already has.
 * Objects the app did not create are never removed or changed: the step stops with the fix instead.
 */
import { AppError } from '@shared/errors';
import type { Text } from '@shared/lesson';
import { say } from '@shared/messages';
import type { PortHolder } from '@shared/results';
import type { ContainerInfo, ContainerSummary, Engine, NetworkInfo } from '../../engine';
import { lessonErrors } from '../messages';
import { APP_ID, createdByApp, LABEL, labelsFor, lessonOf, type Origin } from './labels';

export type ObjectKind = 'container' | 'network' | 'service';

function sameAction(labels: Record<string, string>, origin: Required<Origin>): boolean {
  return (
    labels[LABEL.lesson] === origin.lesson &&
    labels[LABEL.step] === origin.step &&
    labels[LABEL.action] === String(origin.action)
  );
}

/**
 * A container with the step's name: reuse it when this lesson made it and it runs, clear it away when
 * this lesson made it and it stopped, refuse otherwise.
 */
export async function claimContainerName(
  engine: Engine,
  name: string,
  origin: Required<Origin>,
): Promise<ContainerInfo | undefined> {
  const existing = await engine.findContainer(name);
  if (!existing) return undefined;
  const owner = lessonOf(existing.labels);
  if (owner === origin.lesson) {
    if (existing.running) return existing;
    await engine.removeContainer(existing.id);
    return undefined;
  }
  throw nameTaken('container', name, owner);
}

/** The running container an earlier run of this very action created (for unnamed `-d` runs). */
export async function findEarlierRun(engine: Engine, origin: Required<Origin>): Promise<ContainerInfo | undefined> {
  const candidates = await engine.listContainers({ [LABEL.lesson]: origin.lesson, [LABEL.step]: origin.step });
  const mine = candidates.find((c) => sameAction(c.labels, origin) && c.state === 'running');
  return mine ? engine.inspectContainer(mine.id) : undefined;
}

/**
 * Removes this action's containers that were created but never started (after a cancelled or failed
 * run), or, without an origin, all of the app's: what a run cut off by the engine going away left.
 */
export async function removeUnstarted(engine: Engine, origin?: Required<Origin>): Promise<void> {
  const labels = origin ? labelsFor(origin) : { [LABEL.app]: APP_ID };
  const created = (await engine.listContainers(labels)).filter((c) => c.state === 'created');
  for (const container of created) await engine.removeContainer(container.id);
}

async function runningContainers(engine: Engine): Promise<ContainerSummary[]> {
  return (await engine.listContainers()).filter((c) => c.state === 'running');
}

/** The running container that publishes `port` on the host, if any. */
const holderOf = (running: ContainerSummary[], port: number) => running.find((c) => c.publicPorts.includes(port));

/** The holder as the learner may stop it: only a container the app created for a lesson other than `lesson`. */
function otherLessonHolder(container: ContainerSummary, port: number, lesson: string): PortHolder | undefined {
  const owner = lessonOf(container.labels);
  return owner && owner !== lesson ? { lesson: owner, container: container.name, port } : undefined;
}

function portHeldFix(container: ContainerSummary, owner: string | undefined, holder: PortHolder | undefined): Text {
  if (holder) return say(lessonErrors.portHeldByLessonFix, holder);
  if (owner) return say(lessonErrors.portHeldByOwnerFix, { lesson: owner });
  return say(lessonErrors.portHeldForeignFix, { container: container.name });
}

/** PORT_BUSY for `port` held by `container`, naming the other lesson's container the learner may stop. */
function portHeldError(engine: Engine, container: ContainerSummary, port: number, lesson: string): AppError {
  const holder = otherLessonHolder(container, port, lesson);
  const held = { port, host: engine.endpoint.publishedHost, container: container.name };
  return new AppError('PORT_BUSY', say(lessonErrors.portHeld, held), {
    fix: portHeldFix(container, lessonOf(container.labels), holder),
    ...(holder ? { holder } : {}),
  });
}

/** Refuses to publish a host port that a running container already publishes, naming it (and `lesson`'s rival). */
export async function ensurePortsFree(engine: Engine, ports: number[], lesson: string): Promise<void> {
  if (ports.length === 0) return;
  const running = await runningContainers(engine);
  for (const port of ports) {
    const container = holderOf(running, port);
    if (container) throw portHeldError(engine, container, port, lesson);
  }
}

/**
 * Frees `port` for `lesson` by stopping (not removing) the running container that publishes it, which
 * must be one the app created for another lesson: checked now, whatever the learner was shown.
 */
export async function freePort(engine: Engine, port: number, lesson: string): Promise<PortHolder> {
  const container = holderOf(await runningContainers(engine), port);
  if (!container)
    throw new AppError('NOT_FOUND', say(lessonErrors.noPortHolder, { port }), { fix: lessonErrors.runStepAgain });
  ensureOurs('container', container.name, container.labels);
  const holder = otherLessonHolder(container, port, lesson);
  if (!holder) throw portHeldError(engine, container, port, lesson);
  await engine.stopContainer(container.id);
  return holder;
}

/** The engine refused a port that no container holds: another program on the host listens there. */
export function portBusyError(port: string, publishedHost: string, cause: unknown): AppError {
  return new AppError('PORT_BUSY', say(lessonErrors.portInUse, { port, host: publishedHost }), {
    fix: say(lessonErrors.portInUseFix, { port }),
    cause,
  });
}

/** A network with the step's name: reuse it when this lesson made it, refuse otherwise. */
export async function claimNetworkName(engine: Engine, name: string, lesson: string): Promise<NetworkInfo | undefined> {
  const existing = await engine.findNetwork(name);
  if (!existing) return undefined;
  const owner = lessonOf(existing.labels);
  if (owner === lesson) return existing;
  throw nameTaken('network', name, owner);
}

/** NAME_TAKEN for `name`: another lesson's (reset it), or the learner's own (move it aside). */
function nameTaken(kind: ObjectKind, name: string, owner: string | undefined): AppError {
  const fix = owner ? say(lessonErrors.ownedByLesson, { lesson: owner }) : say(lessonErrors.foreignFix, { kind, name });
  return new AppError('NAME_TAKEN', say(lessonErrors.nameTaken, { kind, name }), { fix });
}

/**
 * The one ownership policy for every object the app changes or uses by name (a link target, a
 * network to join, a container to exec into or connect): it must exist and carry the app's label.
 */
export function ensureOurs(kind: ObjectKind, name: string, labels: Record<string, string> | undefined): void {
  if (!labels)
    throw new AppError('NOT_FOUND', say(lessonErrors.noSuchObject, { kind, name }), {
      fix: say(lessonErrors.runUpToCreator, { name }),
    });
  if (!createdByApp(labels)) {
    throw new AppError('NOT_OURS', say(lessonErrors.notOurs, { kind, name }), {
      fix: say(lessonErrors.foreignFix, { kind, name }),
    });
  }
}
