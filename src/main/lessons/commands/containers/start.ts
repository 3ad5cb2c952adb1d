/** `docker start CONTAINER...` (detached, as without -a), only for containers the app created. */
import { z } from 'zod';
import { defineCommand } from '../command';
import { changeOwned } from '../remove-owned';
import { atLeastOne, options } from '../words';

const usage = 'docker start CONTAINER...';

export const start = defineCommand({
  schema: z.object({ kind: z.literal('start'), containers: z.array(z.string().min(1)).min(1) }),
  words: [
    ['docker', 'start'],
    ['docker', 'container', 'start'],
  ],
  usage,
  parse: (args) => ({ kind: 'start', containers: atLeastOne(options(args, {}, usage).positional, usage) }),
  format: (spec) => ['docker', 'start', ...spec.containers],
  execute: (ctx, spec) =>
    changeOwned(ctx, 'container', spec.containers, ctx.engine.findContainer, ctx.engine.startContainer),
  uses: (spec) => ({ containers: spec.containers }),
});
