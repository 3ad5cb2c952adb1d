/** `docker network ls`. */
import { z } from 'zod';
import { printed } from '../../execute/context';
import { table } from '../../execute/table';
import { defineCommand } from '../command';
import { exactly, options } from '../words';

const usage = 'docker network ls';

export const networkLs = defineCommand({
  schema: z.object({ kind: z.literal('network-ls') }),
  words: [
    ['docker', 'network', 'ls'],
    ['docker', 'network', 'list'],
  ],
  usage,
  parse(args) {
    exactly(options(args, {}, usage).positional, 0, usage);
    return { kind: 'network-ls' };
  },
  format: () => ['docker', 'network', 'ls'],
  async execute(ctx) {
    const networks = await ctx.engine.listNetworks();
    const rows = networks
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((n) => [n.id.slice(0, 12), n.name, n.driver, String(n.raw.Scope ?? 'local')]);
    return printed(ctx, table([['NETWORK ID', 'NAME', 'DRIVER', 'SCOPE'], ...rows]));
  },
});
