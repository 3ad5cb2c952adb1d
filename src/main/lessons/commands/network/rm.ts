/** `docker network rm NETWORK...`, only for networks the app created. */
import { z } from 'zod';
import { defineCommand, key } from '../command';
import { changeOwned } from '../remove-owned';
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
  execute: (ctx, spec) => changeOwned(ctx, 'network', spec.networks, ctx.engine.findNetwork, ctx.engine.removeNetwork),
  uses: (spec) => ({ networks: spec.networks }),
  removes: (spec) => spec.networks.map(key.network),
});
