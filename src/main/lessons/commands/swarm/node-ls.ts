/** `docker node ls`: the swarm's nodes, as a manager sees them. */
import { z } from 'zod';
import { printed } from '../../execute/context';
import { table } from '../../execute/table';
import { defineCommand } from '../command';
import { exactly, options } from '../words';

const usage = 'docker node ls';
const upper = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

export const nodeLs = defineCommand({
  schema: z.object({ kind: z.literal('node-ls') }),
  words: [
    ['docker', 'node', 'ls'],
    ['docker', 'node', 'list'],
  ],
  usage,
  parse(args) {
    exactly(options(args, {}, usage).positional, 0, usage);
    return { kind: 'node-ls' };
  },
  format: () => ['docker', 'node', 'ls'],
  async execute(ctx) {
    const [nodes, self] = await Promise.all([ctx.engine.listNodes(), ctx.engine.swarmInfo()]);
    const rows = nodes
      .sort((a, b) => a.hostname.localeCompare(b.hostname))
      .map((n) => [
        `${n.id}${n.id === self.nodeId ? ' *' : ''}`,
        n.hostname,
        upper(n.status),
        upper(n.availability),
        n.managerStatus ?? '',
        n.engineVersion,
      ]);
    const head = ['ID', 'HOSTNAME', 'STATUS', 'AVAILABILITY', 'MANAGER STATUS', 'ENGINE VERSION'];
    return printed(ctx, table([head, ...rows]));
  },
});
