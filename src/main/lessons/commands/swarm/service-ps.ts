/** `docker service ps SERVICE`: the service's tasks and the nodes they run on. */
import { AppError } from '@shared/errors';
import { say } from '@shared/messages';
import { z } from 'zod';
import { printed } from '../../execute/context';
import { table } from '../../execute/table';
import { lessonErrors } from '../../messages';
import { defineCommand } from '../command';
import { exactly, options } from '../words';

const usage = 'docker service ps SERVICE';

export const servicePs = defineCommand({
  schema: z.object({ kind: z.literal('service-ps'), service: z.string().min(1) }),
  words: [['docker', 'service', 'ps']],
  usage,
  parse: (args) => ({ kind: 'service-ps', service: exactly(options(args, {}, usage).positional, 1, usage)[0] }),
  format: (spec) => ['docker', 'service', 'ps', spec.service],
  async execute(ctx, spec) {
    const service = await ctx.engine.findService(spec.service);
    if (!service)
      throw new AppError('NOT_FOUND', say(lessonErrors.serviceNotFound, { name: spec.service }), {
        fix: lessonErrors.runCreatorStep,
      });
    const [tasks, nodes] = await Promise.all([ctx.engine.listTasks({ service: service.id }), ctx.engine.listNodes()]);
    const hostname = (id: string) => nodes.find((node) => node.id === id)?.hostname ?? id;
    const rows = tasks
      .sort((a, b) => (a.slot ?? 0) - (b.slot ?? 0))
      .map((task) => [
        task.id.slice(0, 12),
        `${service.name}.${task.slot ?? task.nodeId}`,
        service.image.split('@')[0] as string,
        hostname(task.nodeId),
        task.desiredState.charAt(0).toUpperCase() + task.desiredState.slice(1),
        task.state.charAt(0).toUpperCase() + task.state.slice(1),
        task.error,
      ]);
    const head = ['ID', 'NAME', 'IMAGE', 'NODE', 'DESIRED STATE', 'CURRENT STATE', 'ERROR'];
    return printed(ctx, table([head, ...rows]));
  },
});
