/** Where a lesson's commands run: its playground nodes, and the networks a learner may open a shell on. */
import type { LessonView, Topology } from '@shared/contract';

/** The playground nodes the lesson's steps run commands on, in the order they first appear. */
export function lessonNodes(lesson: LessonView): string[] {
  const nodes = lesson.steps.flatMap((step) => step.actions.flatMap((action) => (action.node ? [action.node] : [])));
  return [...new Set(nodes)];
}

export interface ShellPlace {
  network: string;
  /** The playground node the network is on; absent: the learner's engine. */
  node?: string;
}

/** The lesson's networks that exist now: on the learner's engine, then inside its nodes (each once, on its first node). */
export function shellPlaces(topology: Topology | undefined, lesson: string): ShellPlace[] {
  if (!topology) return [];
  const places: ShellPlace[] = topology.networks
    .filter((network) => network.lesson === lesson)
    .map((network) => ({ network: network.name }));
  for (const node of topology.nodes ?? []) {
    for (const network of node.networks) {
      if (network.lesson === lesson && !places.some((place) => place.network === network.name))
        places.push({ network: network.name, node: node.name });
    }
  }
  return places;
}

/** A throwaway shell on a network, as the learner would type it. */
export const shellCommand = (network: string) => `docker run -it --rm --network ${network} alpine sh`;
