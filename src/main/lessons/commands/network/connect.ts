/** `docker network connect [--alias ALIAS] NETWORK CONTAINER`. */
import { z } from 'zod';
import { printed } from '../../execute/context';
import { defineCommand } from '../command';
import { exactly, options } from '../words';
import { ownedPair } from './owned-pair';

const usage = 'docker network connect [--alias ALIAS] NETWORK CONTAINER';

export const networkConnect = defineCommand({
  schema: z.object({
    kind: z.literal('network-connect'),
    network: z.string().min(1),
    container: z.string().min(1),
    aliases: z.array(z.string().min(1)).default([]),
  }),
  words: [['docker', 'network', 'connect']],
  usage,
  parse(args) {
    const o = options(args, { '--alias': 'value' }, usage);
    const [network, container] = exactly(o.positional, 2, usage);
    return { kind: 'network-connect', network, container, aliases: o.all('--alias') };
  },
  format: (spec) => [
    'docker',
    'network',
    'connect',
    ...spec.aliases.flatMap((alias) => ['--alias', alias]),
    spec.network,
    spec.container,
  ],
  async execute(ctx, spec) {
    const { attached } = await ownedPair(ctx, spec.network, spec.container);
    if (attached)
      return printed(ctx, `(${spec.container} is already connected to ${spec.network})\n`, { reused: true });
    await ctx.engine.connectNetwork(spec.network, spec.container, spec.aliases);
    return printed(ctx, '');
  },
  uses: (spec) => ({ containers: [spec.container], networks: [spec.network] }),
});
