/** Name resolution as a container on a network sees it, asked from a throwaway container. */

import { say } from '@shared/messages';
import { ensureUsable } from '../safety/uses';
import { checkDetails } from './details';
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
      const where = { name: check.name, network: check.from.network };
      if (addresses.length === 0) {
        const detail = say(checkDetails.doesNotResolve, { ...where, printed: printed.trim() ? excerpt(printed) : '' });
        return { ok: check.expect === 'not-resolves', detail };
      }
      const found = say(checkDetails.resolvesTo, { ...where, addresses });
      if (check.expect === 'not-resolves' || !check.address) return { ok: check.expect === 'resolves', detail: found };
      const { container, network, node } = check.address;
      const ip = await ipOf(await engineOn(node ?? check.from.node), container, network);
      return {
        ok: ip !== undefined && addresses.includes(ip),
        detail: say(checkDetails.resolvesAndIs, { found, container, ip, network }),
      };
    },
  },
};
