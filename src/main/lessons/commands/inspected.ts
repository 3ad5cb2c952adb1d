/** What `docker inspect` and `docker network inspect` print: the engine's own description of each object, as JSON. */
import type { AppError } from '@shared/errors';
import { type ActionContext, type ActionOutcome, printed } from '../execute/context';

/** Names the engine does not have refuse the whole command (`notFound` says which and what to do). */
export function printInspected(
  ctx: ActionContext,
  names: string[],
  found: Array<{ raw: unknown } | undefined>,
  notFound: (missing: string[]) => AppError,
): ActionOutcome {
  const missing = names.filter((_, i) => !found[i]);
  if (missing.length > 0) throw notFound(missing);
  return printed(
    ctx,
    `${JSON.stringify(
      found.map((object) => object?.raw),
      null,
      4,
    )}\n`,
  );
}
