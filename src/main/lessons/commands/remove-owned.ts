/**
 * `docker rm`, `docker network rm`, `docker service rm`, `docker stop`, `docker start`: each name in
 * turn, only when the app created it.
 */
import type { ActionContext, ActionOutcome } from '../execute/context';
import { printed } from '../execute/context';
import { ensureOurs, type ObjectKind } from '../safety/conflicts';

interface Owned {
  id: string;
  labels: Record<string, string>;
}

/** Does `change` (remove, stop, start) to each named object in turn, printing its name as the CLI does; stops at the first one not the app's. */
export async function changeOwned(
  ctx: ActionContext,
  kind: ObjectKind,
  names: string[],
  find: (name: string) => Promise<Owned | undefined>,
  change: (id: string) => Promise<void>,
): Promise<ActionOutcome> {
  let text = '';
  for (const name of names) {
    const found = await find(name);
    ensureOurs(kind, name, found?.labels);
    if (found) await change(found.id);
    text += `${name}\n`;
  }
  return printed(ctx, text);
}
