/** `docker logs [-f] [-t] [--tail N] CONTAINER`. */
import { z } from 'zod';
import { defineCommand } from '../command';
import { exactly, options } from '../words';

const usage = 'docker logs [-f] [-t] [--tail N] CONTAINER';

export const logs = defineCommand({
  schema: z.object({
    kind: z.literal('logs'),
    container: z.string().min(1),
    follow: z.boolean().default(false),
    tail: z.string().optional(),
    timestamps: z.boolean().default(false),
  }),
  words: [['docker', 'logs']],
  usage,
  parse(args) {
    const flags = {
      '-f': 'switch',
      '--follow': 'switch',
      '-t': 'switch',
      '--timestamps': 'switch',
      '--tail': 'value',
      '-n': 'value',
    } as const;
    const o = options(args, flags, usage);
    return {
      kind: 'logs',
      container: exactly(o.positional, 1, usage)[0],
      follow: o.has('-f', '--follow'),
      timestamps: o.has('-t', '--timestamps'),
      tail: o.value('--tail', '-n'),
    };
  },
  format: (spec) => [
    'docker',
    'logs',
    ...(spec.follow ? ['-f'] : []),
    ...(spec.timestamps ? ['-t'] : []),
    ...(spec.tail !== undefined ? ['--tail', spec.tail] : []),
    spec.container,
  ],
  async execute(ctx, spec) {
    const container = await ctx.engine.inspectContainer(spec.container);
    const tail = spec.tail === undefined || spec.tail === 'all' ? undefined : Number(spec.tail);
    for (const chunk of await ctx.engine.logs(container.id, tail)) ctx.onOutput(chunk);
    return { exitCode: 0, warnings: [] };
  },
});
