/** `docker service rm SERVICE...`, only for services the app created. */
import { AppError } from '@shared/errors';
import { z } from 'zod';
import { printed } from '../../execute/context';
import { createdByApp } from '../../safety/labels';
import { defineCommand, key } from '../command';
import { atLeastOne, options } from '../words';

const usage = 'docker service rm SERVICE...';

export const serviceRm = defineCommand({
  schema: z.object({ kind: z.literal('service-rm'), services: z.array(z.string().min(1)).min(1) }),
  words: [
    ['docker', 'service', 'rm'],
    ['docker', 'service', 'remove'],
  ],
  usage,
  parse: (args) => ({ kind: 'service-rm', services: atLeastOne(options(args, {}, usage).positional, usage) }),
  format: (spec) => ['docker', 'service', 'rm', ...spec.services],
  async execute(ctx, spec) {
    let text = '';
    for (const name of spec.services) {
      const service = await ctx.engine.findService(name);
      if (service && !createdByApp(service.labels))
        throw new AppError('NOT_OURS', `The service ${name} was not created by this app, so it stays as it is.`);
      if (service) await ctx.engine.removeService(service.id);
      text += `${name}\n`;
    }
    return printed(ctx, text);
  },
  removes: (spec) => spec.services.map(key.service),
});
