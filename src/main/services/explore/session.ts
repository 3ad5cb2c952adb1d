/** Which typed lines open an interactive session instead of running to the end. */
import type { ActionSpec, RunSpec } from '../../lessons/commands';

/**
 * `docker run -it …` (and `-i` alone: the Explore terminal is a terminal, so the session gets a TTY
 * either way), not detached. The session runs on a TTY like the lesson's consoles.
 */
export function interactiveRun(spec: ActionSpec): RunSpec | undefined {
  if (spec.kind !== 'run' || !spec.interactive || spec.detach) return undefined;
  return { ...spec, tty: true };
}
