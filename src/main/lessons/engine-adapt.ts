/**
 * Where the learner's engine cannot run a lesson command as written, the runner either refuses it
 * with an explanation or runs an adjusted command that it shows together with the reason: the
 * learner never gets a silent difference.
 */

import { AppError } from '@shared/errors';
import type { Text } from '@shared/lesson';
import { engineNotes } from './checks/engine-notes';
import type { ActionSpec, RunSpec } from './commands';

/** What of the engine the adaptations depend on. */
export interface EngineTraits {
  isPodman: boolean;
}

export interface Adapted {
  spec: ActionSpec;
  notes: Text[];
}

/** Podman refuses any HostConfig.Links with HTTP 400; say why before creating anything. */
export function refuseLinksOnPodman(engine: EngineTraits, spec: ActionSpec): void {
  if (engine.isPodman && spec.kind === 'run' && spec.links.length > 0) {
    throw new AppError('LINKS_UNSUPPORTED', engineNotes.podmanNoLinks.en, {
      fix: 'Take the networks lesson: npm run lab -- run networks',
    });
  }
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
