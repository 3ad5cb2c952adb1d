/** `docker <group> ls` (or `list`): no arguments, and a table of what the engine lists (network, node, service). */
import { z } from 'zod';
import { type ActionContext, printed } from '../execute/context';
import { table } from '../execute/table';
import { defineCommand } from './command';
import { exactly, options } from './words';

/** `rows` gives the header row first, then one row per object, in the order the CLI prints them. */
export function listCommand<K extends string>(
  group: string,
  kind: K,
  rows: (ctx: ActionContext) => Promise<string[][]>,
) {
  const usage = `docker ${group} ls`;
  return defineCommand({
    schema: z.object({ kind: z.literal(kind) }),
    words: [
      ['docker', group, 'ls'],
      ['docker', group, 'list'],
    ],
    usage,
    parse(args) {
      exactly(options(args, {}, usage).positional, 0, usage);
      return { kind };
    },
    format: () => ['docker', group, 'ls'],
    execute: async (ctx) => printed(ctx, table(await rows(ctx))),
  });
}
