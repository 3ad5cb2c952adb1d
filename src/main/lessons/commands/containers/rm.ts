/** `docker rm [-f] CONTAINER...`, only for containers the app created. */
import { z } from 'zod';
import { defineCommand, key } from '../command';
import { changeOwned } from '../remove-owned';
import { atLeastOne, options } from '../words';

const usage = 'docker rm [-f] CONTAINER...';

export const rm = defineCommand({
  schema: z.object({
    kind: z.literal('rm'),
    containers: z.array(z.string().min(1)).min(1),
    force: z.boolean().default(false),
  }),
  words: [
    ['docker', 'rm'],
    ['docker', 'container', 'rm'],
  ],
  usage,
  parse(args) {
    const o = options(args, { '-f': 'switch', '--force': 'switch' }, usage);
    return { kind: 'rm', containers: atLeastOne(o.positional, usage), force: o.has('-f', '--force') };
  },
  format: (spec) => ['docker', 'rm', ...(spec.force ? ['-f'] : []), ...spec.containers],
  execute: (ctx, spec) =>
    changeOwned(ctx, 'container', spec.containers, ctx.engine.findContainer, ctx.engine.removeContainer),
  uses: (spec) => ({ containers: spec.containers }),
  removes: (spec) => spec.containers.map(key.container),
});
