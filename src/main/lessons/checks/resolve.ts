/** Name resolution as a container on a network sees it, asked from a throwaway container. */
import { ensureUsable } from '../safety/uses';
import { excerpt, ipOf, lines } from './state';
import { type LookAt, lookFrom } from './throwaway';
import type { CheckImpls } from './types';

/** The addresses `name` resolves to on `network` (none when it does not resolve), asked with getent. */
export async function resolveOn(at: LookAt, network: string, name: string) {
  await ensureUsable(at.engine, { containers: [], running: [], networks: [network], ports: [] });
  const { exitCode, stdout, printed } = await lookFrom(at, network, ['getent', 'hosts', name], 'resolve');
  const addresses = exitCode === 0 ? lines(stdout).map((line) => line.trim().split(/\s+/)[0]) : [];
  return { addresses: addresses.filter((a): a is string => Boolean(a)), printed };
}

export const resolveChecks: Pick<CheckImpls, 'resolves'> = {
  resolves: {
    async verify({ engineOn, ensureImage }, check) {
      const engine = await engineOn(check.from.node);
      const { addresses, printed } = await resolveOn({ engine, ensureImage }, check.from.network, check.name);
      const where = `${check.name} from ${check.from.network}`;
      if (addresses.length === 0) {
        const detail = `${where} does not resolve${printed.trim() ? `: "${excerpt(printed)}"` : ''}`;
        return { ok: check.expect === 'not-resolves', detail };
      }
      const found = `${where} resolves to ${addresses.join(', ')}`;
      if (check.expect === 'not-resolves' || !check.address) return { ok: check.expect === 'resolves', detail: found };
      const { container, network, node } = check.address;
      const ip = await ipOf(await engineOn(node ?? check.from.node), container, network);
      return {
        ok: ip !== undefined && addresses.includes(ip),
        detail: `${found}; ${container} is ${ip ?? 'not attached'} on ${network}`,
      };
    },
  },
};
