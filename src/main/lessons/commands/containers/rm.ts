/** `docker rm [-f] CONTAINER...`, only for containers the app created. */
import { z } from 'zod';
import { printed } from '../../execute/context';
import { ensureOurs } from '../../safety/conflicts';
import { defineCommand, key } from '../command';
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
  async execute(ctx, spec) {
    let text = '';
    for (const name of spec.containers) {
      const container = await ctx.engine.findContainer(name);
      ensureOurs('container', name, container?.labels);
      if (container) await ctx.engine.removeContainer(container.id);
      text += `${name}\n`;
    }
    return printed(ctx, text);
  },
  uses: (spec) => ({ containers: spec.containers }),
  removes: (spec) => spec.containers.map(key.container),
});
