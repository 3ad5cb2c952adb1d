/** `docker network inspect NETWORK...`. */
import { AppError } from '@shared/errors';
import { say } from '@shared/messages';
import { z } from 'zod';
import { printed } from '../../execute/context';
import { lessonErrors } from '../../messages';
import { defineCommand } from '../command';
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
    const missing = spec.networks.filter((_, i) => !found[i]);
    if (missing.length > 0)
      throw new AppError('NOT_FOUND', say(lessonErrors.networksNotFound, { names: missing }), {
        fix: lessonErrors.runEarlierSteps,
      });
    return printed(
      ctx,
      `${JSON.stringify(
        found.map((n) => n?.raw),
        null,
        4,
      )}\n`,
    );
  },
});
