/** `docker network ls`. */
import { listCommand } from '../list-command';

export const networkLs = listCommand('network', 'network-ls', async (ctx) => {
  const networks = await ctx.engine.listNetworks();
  const rows = networks
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((n) => [n.id.slice(0, 12), n.name, n.driver, String(n.raw.Scope ?? 'local')]);
  return [['NETWORK ID', 'NAME', 'DRIVER', 'SCOPE'], ...rows];
});
