/**
 * What an action uses by name besides what it creates: link targets, networks to join, containers to
 * connect, remove or run commands in, the container behind a port it requests. Before the action
 * changes anything, each of them must pass the app's ownership policy (`ensureOurs`).
 */

import { AppError } from '@shared/errors';
import { say } from '@shared/messages';
import type { Engine } from '../../engine';
import { type LessonCheck, type ObjectUse, objectsNamedBy } from '../checks/vocabulary';
import { type ActionSpec, commandFor } from '../commands';
import { lessonErrors } from '../messages';
import { ensureOurs } from './conflicts';

export interface Uses {
  containers: string[];
  /** Of those, the ones that must be running: Docker links only to a running container. */
  running: string[];
  networks: string[];
  /** Host ports the action sends requests to: the container publishing one is used as well. */
  ports: number[];
}

const nothing: Uses = { containers: [], running: [], networks: [], ports: [] };

/** The objects `spec` uses by name. Names it creates are checked when claimed (claimContainerName, …). */
export function usesOf(spec: ActionSpec): Uses {
  return { ...nothing, ...commandFor(spec.kind).uses?.(spec) };
}

/**
 * What checks change on the action's engine: containers they run commands in (`docker exec`) and
 * networks they start a throwaway container on. A check on another playground node refuses by itself.
 */
export function usesOfChecks(checks: LessonCheck[]): Uses {
  const named = checks.flatMap(objectsNamedBy).filter((object) => object.node === undefined);
  const namesUsedAs = (use: ObjectUse) => named.filter((object) => object.use === use).map((object) => object.name);
  return { ...nothing, containers: namesUsedAs('runs-in'), networks: namesUsedAs('joins') };
}

export function combine(...all: Uses[]): Uses {
  return {
    containers: all.flatMap((uses) => uses.containers),
    running: all.flatMap((uses) => uses.running),
    networks: all.flatMap((uses) => uses.networks),
    ports: all.flatMap((uses) => uses.ports),
  };
}

function notRunning(name: string): AppError {
  return new AppError('NOT_FOUND', say(lessonErrors.linkTargetStopped, { name }), {
    fix: say(lessonErrors.linkTargetStoppedFix, { name }),
  });
}

/**
 * Refuses (NOT_FOUND, NOT_OURS) unless every object in `uses` exists and is the app's; reads only.
 * A port nobody publishes is left to the request itself, which then fails like curl.
 */
export async function ensureUsable(engine: Engine, uses: Uses): Promise<void> {
  for (const name of new Set(uses.networks)) {
    const network = await engine.findNetwork(name);
    // A swarm worker sees an attachable overlay only once a container of its own joins it: the manager has it.
    if (!network && (await engine.swarmInfo()).localNodeState === 'active') continue;
    ensureOurs('network', name, network?.labels);
  }
  for (const name of new Set(uses.containers)) {
    const found = await engine.findContainer(name);
    ensureOurs('container', name, found?.labels);
    if (found && !found.running && uses.running.includes(name)) throw notRunning(name);
  }
  if (uses.ports.length === 0) return;
  const running = (await engine.listContainers()).filter((c) => c.state === 'running');
  for (const port of new Set(uses.ports)) {
    const holder = running.find((c) => c.publicPorts.includes(port));
    if (holder) ensureOurs('container', holder.name, holder.labels);
  }
}
