/** `docker service ls`: the services of the swarm, with running tasks out of those asked for. */
import { listCommand } from '../list-command';

export const serviceLs = listCommand('service', 'service-ls', async (ctx) => {
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
  return [['ID', 'NAME', 'MODE', 'REPLICAS', 'IMAGE', 'PORTS'], ...rows];
});
