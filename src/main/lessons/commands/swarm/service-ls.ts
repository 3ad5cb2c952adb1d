/** `docker service ls`: the services of the swarm, with running tasks out of those asked for. */
import { z } from 'zod';
import { printed } from '../../execute/context';
import { table } from '../../execute/table';
import { defineCommand } from '../command';
import { exactly, options } from '../words';

const usage = 'docker service ls';

export const serviceLs = defineCommand({
  schema: z.object({ kind: z.literal('service-ls') }),
  words: [
    ['docker', 'service', 'ls'],
    ['docker', 'service', 'list'],
  ],
  usage,
  parse(args) {
    exactly(options(args, {}, usage).positional, 0, usage);
    return { kind: 'service-ls' };
  },
  format: () => ['docker', 'service', 'ls'],
  async execute(ctx) {
    const [services, tasks] = await Promise.all([ctx.engine.listServices(), ctx.engine.listTasks()]);
    const running = (id: string) => tasks.filter((t) => t.serviceId === id && t.state === 'running').length;
    const rows = services
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((s) => [
        s.id.slice(0, 12),
        s.name,
        s.replicas === undefined ? 'global' : 'replicated',
        `${running(s.id)}/${s.replicas ?? running(s.id)}`,
        s.image.split('@')[0] as string,
        s.ports.map((p) => `*:${p.publishedPort ?? ''}->${p.targetPort}/${p.protocol ?? 'tcp'}`).join(', '),
      ]);
    return printed(ctx, table([['ID', 'NAME', 'MODE', 'REPLICAS', 'IMAGE', 'PORTS'], ...rows]));
  },
});
