/**
 * The check kinds a challenge may use: those that read the engine's state as it is now. The others
 * judge a command's outcome (its exit code, its output, the container it started, a count before and
 * after it), and a challenge has no command of its own: the learner types whatever they like.
 */
import type { CheckKind } from '../checks/vocabulary';

export const challengeCheckKinds: ReadonlySet<CheckKind> = new Set<CheckKind>([
  'container-running',
  'network-exists',
  'attached',
  'not-attached',
  'inspect',
  'exec',
  'http',
  'resolves',
  'service-tasks',
  'service-vip',
  'published-on-nodes',
]);
