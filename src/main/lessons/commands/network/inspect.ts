/** `docker network inspect NETWORK...`. */
import { AppError } from '@shared/errors';
import { say } from '@shared/messages';
import { z } from 'zod';
import { lessonErrors } from '../../messages';
import { defineCommand } from '../command';
import { printInspected } from '../inspected';
import { atLeastOne, options } from '../words';

const usage = 'docker network inspect NETWORK...';

export const networkInspect = defineCommand({
  schema: z.object({ kind: z.literal('network-inspect'), networks: z.array(z.string().min(1)).min(1) }),
  words: [['docker', 'network', 'inspect']],
  usage,
  parse: (args) => ({ kind: 'network-inspect', networks: atLeastOne(options(args, {}, usage).positional, usage) }),
  format: (spec) => ['docker', 'network', 'inspect', ...spec.networks],
  async execute(ctx, spec) {
    const found = await Promise.all(spec.networks.map((name) => ctx.engine.findNetwork(name)));
    const notFound = (names: string[]) =>
      new AppError('NOT_FOUND', say(lessonErrors.networksNotFound, { names }), { fix: lessonErrors.runEarlierSteps });
    return printInspected(ctx, spec.networks, found, notFound);
  },
});
