/** `docker ps [-a]`, with a column saying which lesson made each container. */
import { z } from 'zod';
import { printed } from '../../execute/context';
import { table } from '../../execute/table';
import { lessonOf } from '../../safety/labels';
import { defineCommand } from '../command';
import { exactly, options } from '../words';

const usage = 'docker ps [-a]';

export const ps = defineCommand({
  schema: z.object({ kind: z.literal('ps'), all: z.boolean().default(false) }),
  words: [
    ['docker', 'ps'],
    ['docker', 'container', 'ls'],
  ],
  usage,
  parse(args) {
    const o = options(args, { '-a': 'switch', '--all': 'switch' }, usage);
    exactly(o.positional, 0, usage);
    return { kind: 'ps', all: o.has('-a', '--all') };
  },
  format: (spec) => ['docker', 'ps', ...(spec.all ? ['-a'] : [])],
  async execute(ctx, spec) {
    const all = await ctx.engine.listContainers();
    const shown = spec.all ? all : all.filter((c) => c.state === 'running');
    const rows = shown.map((c) => [
      c.id.slice(0, 12),
      c.image,
      c.state,
      c.publicPorts.join(','),
      c.name,
      lessonOf(c.labels) ?? '-',
    ]);
    return printed(ctx, table([['CONTAINER ID', 'IMAGE', 'STATE', 'PORTS', 'NAMES', 'LESSON'], ...rows]));
  },
});
