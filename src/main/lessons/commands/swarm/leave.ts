/** `docker swarm leave [--force]`. */
import { z } from 'zod';
import { printed } from '../../execute/context';
import { defineCommand } from '../command';
import { exactly, options } from '../words';

const usage = 'docker swarm leave [--force]';

export const swarmLeave = defineCommand({
  schema: z.object({ kind: z.literal('swarm-leave'), force: z.boolean().default(false) }),
  words: [['docker', 'swarm', 'leave']],
  usage,
  parse(args) {
    const o = options(args, { '--force': 'switch', '-f': 'switch' }, usage);
    exactly(o.positional, 0, usage);
    return { kind: 'swarm-leave', force: o.has('--force', '-f') };
  },
  format: (spec) => ['docker', 'swarm', 'leave', ...(spec.force ? ['--force'] : [])],
  async execute(ctx, spec) {
    if ((await ctx.engine.swarmInfo()).localNodeState !== 'active')
      return printed(ctx, '(this node is not part of a swarm)\n', { reused: true });
    await ctx.engine.swarmLeave(spec.force);
    return printed(ctx, 'Node left the swarm.\n');
  },
});
