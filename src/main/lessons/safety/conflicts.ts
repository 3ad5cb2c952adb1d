/**
 * Before a step creates something, make sure it would not clash with what the learner already has.
 * Objects the app did not create are never removed or changed: the step stops with the fix instead.
 */
import { AppError } from '@shared/errors';
import type { PortHolder } from '@shared/results';
import type { ContainerInfo, ContainerSummary, Engine, NetworkInfo } from '../../engine';
import { APP_ID, createdByApp, LABEL, labelsFor, lessonOf, type Origin } from './labels';

export type ObjectKind = 'container' | 'network' | 'service';

function resetHint(lesson: string): string {
  return `reset the "${lesson}" lesson (npm run lab -- reset ${lesson}, or Reset in the app)`;
}

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
  const fix = owner ? `It belongs to the "${owner}" lesson: ${resetHint(owner)}.` : foreignFix('container', name);
  throw new AppError('NAME_TAKEN', `A container named "${name}" already exists and was not created by this lesson.`, {
    fix,
  });
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

function portHeldFix(container: ContainerSummary, owner: string | undefined, holder: PortHolder | undefined): string {
  if (holder)
    return `It was started by the "${holder.lesson}" lesson: stop that container (the Stop button in the app, or docker stop ${holder.container}); that lesson keeps its progress and asks to run the step that started it again. Or ${resetHint(holder.lesson)}.`;
  if (owner) return `It was started by the "${owner}" lesson: ${resetHint(owner)}.`;
  return `Stop it with docker stop ${container.name} (this app will not stop containers it did not create), then run the step again.`;
}

/** PORT_BUSY for `port` held by `container`, naming the other lesson's container the learner may stop. */
function portHeldError(engine: Engine, container: ContainerSummary, port: number, lesson: string): AppError {
  const holder = otherLessonHolder(container, port, lesson);
  return new AppError(
    'PORT_BUSY',
    `Port ${port} on ${engine.endpoint.publishedHost} is already published by container "${container.name}".`,
    { fix: portHeldFix(container, lessonOf(container.labels), holder), ...(holder ? { holder } : {}) },
  );
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
    throw new AppError('NOT_FOUND', `No running container publishes port ${port}.`, {
      fix: 'Run the step again.',
    });
  ensureOurs('container', container.name, container.labels);
  const holder = otherLessonHolder(container, port, lesson);
  if (!holder) throw portHeldError(engine, container, port, lesson);
  await engine.stopContainer(container.id);
  return holder;
}

/** The engine refused a port that no container holds: another program on the host listens there. */
export function portBusyError(port: string, publishedHost: string, cause: unknown): AppError {
  return new AppError(
    'PORT_BUSY',
    `Port ${port} on ${publishedHost} is in use by another program, so the engine cannot publish it.`,
    {
      fix: `Stop the program that listens on port ${port} (for example: sudo ss -ltnp 'sport = :${port}' on Linux, lsof -i :${port} on macOS, netstat -ano | findstr :${port} on Windows), then run the step again.`,
      cause,
    },
  );
}

/** A network with the step's name: reuse it when this lesson made it, refuse otherwise. */
export async function claimNetworkName(engine: Engine, name: string, lesson: string): Promise<NetworkInfo | undefined> {
  const existing = await engine.findNetwork(name);
  if (!existing) return undefined;
  const owner = lessonOf(existing.labels);
  if (owner === lesson) return existing;
  const fix = owner ? `It belongs to the "${owner}" lesson: ${resetHint(owner)}.` : foreignFix('network', name);
  throw new AppError('NAME_TAKEN', `A network named "${name}" already exists and was not created by this lesson.`, {
    fix,
  });
}

/** What to do about one of the learner's own objects that holds a name a lesson needs. */
function foreignFix(kind: ObjectKind, name: string): string {
  const moveAside = {
    container: `Rename yours (docker rename ${name} ${name}-mine) or remove it (docker rm -f ${name})`,
    network: `Remove yours (docker network rm ${name}), or rename what uses it`,
    service: `Remove yours (docker service rm ${name})`,
  }[kind];
  return `This app never touches ${kind}s it did not create. ${moveAside} if you no longer need it, then run the lesson's steps again from the one that creates ${name}.`;
}

/**
 * The one ownership policy for every object the app changes or uses by name (a link target, a
 * network to join, a container to exec into or connect): it must exist and carry the app's label.
 */
export function ensureOurs(kind: ObjectKind, name: string, labels: Record<string, string> | undefined): void {
  if (!labels)
    throw new AppError('NOT_FOUND', `There is no ${kind} named "${name}".`, {
      fix: `Run the lesson's steps up to the one that creates ${name} first.`,
    });
  if (!createdByApp(labels)) {
    throw new AppError(
      'NOT_OURS',
      `The ${kind} "${name}" was not created by this app, so the app will not use or change it.`,
      {
        fix: foreignFix(kind, name),
      },
    );
  }
}
