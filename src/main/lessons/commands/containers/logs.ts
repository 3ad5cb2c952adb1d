/** `docker logs [-f] [-t] [--tail N] CONTAINER`. */
import { z } from 'zod';
import type { ActionContext } from '../../execute/context';
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
    if (spec.follow) await follow(ctx, container.id, tail, spec.timestamps);
    else for (const chunk of await ctx.engine.logs(container.id, tail)) ctx.onOutput(chunk);
    return { exitCode: 0, warnings: [] };
  },
});

/** `-f`: lines as they are written, until the container stops or the learner cancels (Ctrl+C in Explore). */
async function follow(ctx: ActionContext, id: string, tail: number | undefined, timestamps: boolean) {
  let ended: () => void = () => undefined;
  const done = new Promise<void>((resolve) => {
    ended = resolve;
  });
  const stop = await ctx.engine.followLogs(
    id,
    (entry) => ctx.onOutput({ stream: entry.stream, text: `${timestamps ? `${entry.time} ` : ''}${entry.text}\n` }),
    { ...(tail === undefined ? {} : { tail }), onEnd: () => ended() },
  );
  const cancelled = () => ended();
  ctx.signal.addEventListener('abort', cancelled, { once: true });
  try {
    await done;
  } finally {
    ctx.signal.removeEventListener('abort', cancelled);
    stop();
  }
}
