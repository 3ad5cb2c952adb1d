/** `docker swarm init --advertise-addr ADDR`: the node becomes the swarm's first manager. */
import { z } from 'zod';
import { printed } from '../../execute/context';
import { defineCommand } from '../command';
import { exactly, options } from '../words';

const usage = 'docker swarm init --advertise-addr ADDR';

export const swarmInit = defineCommand({
  schema: z.object({ kind: z.literal('swarm-init'), advertiseAddr: z.string().min(1) }),
  words: [['docker', 'swarm', 'init']],
  usage,
  parse(args) {
    const o = options(args, { '--advertise-addr': 'value' }, usage);
    exactly(o.positional, 0, usage);
    return { kind: 'swarm-init', advertiseAddr: o.value('--advertise-addr') };
  },
  format: (spec) => ['docker', 'swarm', 'init', '--advertise-addr', spec.advertiseAddr],
  async execute(ctx, spec) {
    const state = await ctx.engine.swarmInfo();
    if (state.localNodeState === 'active' && state.controlAvailable)
      return printed(ctx, `(this node is already a swarm manager: ${state.nodeId})\n`, { reused: true });
    const nodeId = await ctx.engine.swarmInit({ advertiseAddr: spec.advertiseAddr });
    const [{ joinTokens }, info] = await Promise.all([ctx.engine.swarmInspect(), ctx.engine.swarmInfo()]);
    return printed(
      ctx,
      `Swarm initialized: current node (${nodeId}) is now a manager.\n\n` +
        'To add a worker to this swarm, run the following command:\n\n' +
        `    docker swarm join --token ${joinTokens.worker} ${info.nodeAddr}:2377\n\n` +
        "To add a manager to this swarm, run 'docker swarm join-token manager' and follow the instructions.\n",
    );
  },
});
