/** `docker stop CONTAINER...`, only for containers the app created. */
import { z } from 'zod';
import { defineCommand } from '../command';
import { changeOwned } from '../remove-owned';
import { atLeastOne, options } from '../words';

const usage = 'docker stop CONTAINER...';

export const stop = defineCommand({
  schema: z.object({ kind: z.literal('stop'), containers: z.array(z.string().min(1)).min(1) }),
  words: [
    ['docker', 'stop'],
    ['docker', 'container', 'stop'],
  ],
  usage,
  parse: (args) => ({ kind: 'stop', containers: atLeastOne(options(args, {}, usage).positional, usage) }),
  format: (spec) => ['docker', 'stop', ...spec.containers],
  execute: (ctx, spec) =>
    changeOwned(ctx, 'container', spec.containers, ctx.engine.findContainer, ctx.engine.stopContainer),
  uses: (spec) => ({ containers: spec.containers }),
});
