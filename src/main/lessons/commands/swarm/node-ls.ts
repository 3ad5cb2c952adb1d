/** `docker node ls`: the swarm's nodes, as a manager sees them. */
import { listCommand } from '../list-command';

const upper = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

export const nodeLs = listCommand('node', 'node-ls', async (ctx) => {
  const [nodes, self] = await Promise.all([ctx.engine.listNodes(), ctx.engine.swarmInfo()]);
  const rows = nodes
    .sort((a, b) => a.hostname.localeCompare(b.hostname))
    .map((n) => [
      `${n.id}${n.id === self.nodeId ? ' *' : ''}`,
      n.hostname,
      upper(n.status),
      upper(n.availability),
      n.managerStatus ?? '',
      n.engineVersion,
    ]);
  return [['ID', 'HOSTNAME', 'STATUS', 'AVAILABILITY', 'MANAGER STATUS', 'ENGINE VERSION'], ...rows];
});
