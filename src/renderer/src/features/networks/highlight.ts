/** While a step runs, the diagram shows what it is about: its lesson's objects, and the ones its command names. */
import type { Topology } from '@shared/contract';

export interface RunningStep {
  lesson: string;
  command: string;
}

/** `command`: named by the running command; `lesson`: made by the running step's lesson. */
export type Highlight = 'command' | 'lesson';
export type Highlights = ReadonlyMap<string, Highlight>;

/** The words of a command that could be names: `--net=backend-network` and `--link redis-server:redis` too. */
function words(command: string): Set<string> {
  return new Set(command.split(/[\s=:]+/).filter(Boolean));
}

/** Object name → how it is highlighted; containers and networks share the map (the diagram names both). */
export function highlightsOf(topology: Topology, running: RunningStep | undefined): Highlights {
  const found = new Map<string, Highlight>();
  if (!running) return found;
  const named = words(running.command);
  for (const object of [...topology.networks, ...topology.containers]) {
    if (named.has(object.name)) found.set(object.name, 'command');
    else if (object.lesson === running.lesson) found.set(object.name, 'lesson');
  }
  return found;
}
