/** `docker network disconnect [-f] NETWORK CONTAINER`. */
import { z } from 'zod';
import { printed } from '../../execute/context';
import { defineCommand } from '../command';
import { exactly, options } from '../words';
import { ownedPair } from './owned-pair';

const usage = 'docker network disconnect [-f] NETWORK CONTAINER';

export const networkDisconnect = defineCommand({
  schema: z.object({
    kind: z.literal('network-disconnect'),
    network: z.string().min(1),
    container: z.string().min(1),
    force: z.boolean().default(false),
  }),
  words: [['docker', 'network', 'disconnect']],
  usage,
  parse(args) {
    const o = options(args, { '-f': 'switch', '--force': 'switch' }, usage);
    const [network, container] = exactly(o.positional, 2, usage);
    return { kind: 'network-disconnect', network, container, force: o.has('-f', '--force') };
  },
  format: (spec) => ['docker', 'network', 'disconnect', ...(spec.force ? ['-f'] : []), spec.network, spec.container],
  async execute(ctx, spec) {
    const { attached } = await ownedPair(ctx, spec.network, spec.container);
    if (!attached) return printed(ctx, `(${spec.container} is not connected to ${spec.network})\n`, { reused: true });
    await ctx.engine.disconnectNetwork(spec.network, spec.container, spec.force);
    return printed(ctx, '');
  },
  uses: (spec) => ({ containers: [spec.container], networks: [spec.network] }),
});
