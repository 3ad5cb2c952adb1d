/** `docker inspect NAME...`: containers, and networks by the same command, as the engine describes them. */
import { AppError } from '@shared/errors';
import { say } from '@shared/messages';
import { z } from 'zod';
import { lessonErrors } from '../../messages';
import { defineCommand } from '../command';
import { printInspected } from '../inspected';
import { atLeastOne, options } from '../words';

const usage = 'docker inspect CONTAINER|NETWORK...';

export const inspect = defineCommand({
  schema: z.object({ kind: z.literal('inspect'), names: z.array(z.string().min(1)).min(1) }),
  words: [
    ['docker', 'inspect'],
    ['docker', 'container', 'inspect'],
  ],
  usage,
  parse: (args) => ({ kind: 'inspect', names: atLeastOne(options(args, {}, usage).positional, usage) }),
  format: (spec) => ['docker', 'inspect', ...spec.names],
  async execute(ctx, spec) {
    const found = await Promise.all(
      spec.names.map(async (name) => (await ctx.engine.findContainer(name)) ?? (await ctx.engine.findNetwork(name))),
    );
    const notFound = (names: string[]) =>
      new AppError('NOT_FOUND', say(lessonErrors.objectsNotFound, { names }), { fix: lessonErrors.listNamesFix });
    return printInspected(ctx, spec.names, found, notFound);
  },
});
