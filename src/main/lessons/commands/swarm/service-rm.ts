/** `docker service rm SERVICE...`, only for services the app created. */
import { z } from 'zod';
import { defineCommand, key } from '../command';
import { changeOwned } from '../remove-owned';
import { atLeastOne, options } from '../words';

const usage = 'docker service rm SERVICE...';

export const serviceRm = defineCommand({
  schema: z.object({ kind: z.literal('service-rm'), services: z.array(z.string().min(1)).min(1) }),
  words: [
    ['docker', 'service', 'rm'],
    ['docker', 'service', 'remove'],
  ],
  usage,
  parse: (args) => ({ kind: 'service-rm', services: atLeastOne(options(args, {}, usage).positional, usage) }),
  format: (spec) => ['docker', 'service', 'rm', ...spec.services],
  execute: (ctx, spec) => changeOwned(ctx, 'service', spec.services, ctx.engine.findService, ctx.engine.removeService),
  removes: (spec) => spec.services.map(key.service),
});
