/**
 * Where the learner's engine cannot run a lesson command as written, the runner either refuses it
 * with an explanation or runs an adjusted command that it shows together with the reason: the
 * learner never gets a silent difference.
 */

import { AppError, type AppErrorCode } from '@shared/errors';
import type { Text } from '@shared/lesson';
import { engineNotes } from './checks/engine-notes';
import type { ActionSpec, RunSpec } from './commands';
import { lessonErrors } from './messages';
import type { Requires } from './model/types';

/** What of the engine the adaptations depend on. */
export interface EngineTraits {
  isPodman: boolean;
}

export interface Adapted {
  spec: ActionSpec;
  notes: Text[];
}

/**
 * What a lesson `requires` that Podman does not have. The runner (and the console service) refuses a
 * command such a requirement stops before creating anything, with the requirement's code and note.
 */
interface PodmanGap {
  requirement: 'legacyLinks' | 'swarm';
  code: AppErrorCode;
  note: Text;
  fix: Text;
  /** The commands of such a lesson that cannot run on Podman. */
  stops(spec: ActionSpec): boolean;
}

const podmanGaps: PodmanGap[] = [
  {
    // Podman refuses any HostConfig.Links with HTTP 400: only the commands with --link stop.
    requirement: 'legacyLinks',
    code: 'LINKS_UNSUPPORTED',
    note: engineNotes.podmanNoLinks,
    fix: lessonErrors.takeNetworks,
    stops: (spec) => spec.kind === 'run' && spec.links.length > 0,
  },
  {
    // Every command of a swarm lesson builds towards the swarm: none runs, so nothing is left half made.
    requirement: 'swarm',
    code: 'SWARM_UNSUPPORTED',
    note: engineNotes.podmanNoSwarm,
    fix: lessonErrors.takeNetworksOrDocker,
    stops: () => true,
  },
];

/** Refuses, before anything is created, a command that the lesson's requirements say cannot run on this engine. */
export function refuseUnsupported(engine: EngineTraits, requires: Requires, spec: ActionSpec): void {
  if (!engine.isPodman) return;
  const gap = podmanGaps.find((candidate) => requires[candidate.requirement] && candidate.stops(spec));
  if (gap) throw new AppError(gap.code, gap.note, { fix: gap.fix });
}

/** The note that explains a refusal with `code` (also when the engine itself refused, e.g. Podman's "link is not supported"). */
export function unsupportedNotes(code: AppErrorCode): Text[] {
  return podmanGaps.filter((gap) => gap.code === code).map((gap) => gap.note);
}

/** ping opens a raw ICMP socket (busybox's, as in alpine, always does), which takes NET_RAW. */
function pingWithoutNetRaw(spec: ActionSpec): spec is RunSpec {
  return (
    spec.kind === 'run' &&
    spec.command[0]?.split('/').pop() === 'ping' &&
    !spec.capAdd.some((cap) => /^(CAP_)?(NET_RAW|ALL)$/i.test(cap))
  );
}

/**
 * The command as it runs on this engine, with notes on what differs there: each change made to the
 * command, and output that the lesson's text does not describe.
 */
export function adaptToEngine(engine: EngineTraits, spec: ActionSpec): Adapted {
  if (!engine.isPodman) return { spec, notes: [] };
  if (pingWithoutNetRaw(spec)) {
    return { spec: { ...spec, capAdd: [...spec.capAdd, 'NET_RAW'] }, notes: [engineNotes.podmanPingNetRaw] };
  }
  return { spec, notes: spec.kind === 'network-ls' ? [engineNotes.podmanNetworkList] : [] };
}
