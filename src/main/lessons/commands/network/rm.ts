/** `docker network rm NETWORK...`, only for networks the app created. */
import { z } from 'zod';
import { printed } from '../../execute/context';
import { ensureOurs } from '../../safety/conflicts';
import { defineCommand, key } from '../command';
import { atLeastOne, options } from '../words';

const usage = 'docker network rm NETWORK...';

export const networkRm = defineCommand({
  schema: z.object({ kind: z.literal('network-rm'), networks: z.array(z.string().min(1)).min(1) }),
  words: [
    ['docker', 'network', 'rm'],
    ['docker', 'network', 'remove'],
  ],
  usage,
  parse: (args) => ({ kind: 'network-rm', networks: atLeastOne(options(args, {}, usage).positional, usage) }),
  format: (spec) => ['docker', 'network', 'rm', ...spec.networks],
  async execute(ctx, spec) {
    let text = '';
    for (const name of spec.networks) {
      const network = await ctx.engine.findNetwork(name);
      ensureOurs('network', name, network?.labels);
      if (network) await ctx.engine.removeNetwork(network.id);
      text += `${name}\n`;
    }
    return printed(ctx, text);
  },
  uses: (spec) => ({ networks: spec.networks }),
  removes: (spec) => spec.networks.map(key.network),
});
