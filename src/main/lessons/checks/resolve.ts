/** Name resolution as a container on a network sees it, asked from a throwaway container. */
import { randomBytes } from 'node:crypto';
import type { OutputChunk } from '@shared/results';
import type { ContainerCreateBody, Engine } from '../../engine';
import { textOf } from '../../engine';
import { createBody } from '../commands/run/create-body';
import { runSpecSchema } from '../commands/run/schema';
import { APP_ID, LABEL } from '../safety/labels';
import { ensureUsable } from '../safety/uses';
import { excerpt, ipOf, lines } from './state';
import type { CheckImpls } from './types';

/** The lessons' own small image; it answers `getent hosts NAME` with a line per address. */
const RESOLVER_IMAGE = 'alpine';

/** `docker run --network NETWORK alpine getent hosts NAME`, labelled as the app's. */
function resolverBody(network: string, name: string): ContainerCreateBody {
  const spec = runSpecSchema.parse({ kind: 'run', image: RESOLVER_IMAGE, network, command: ['getent', 'hosts', name] });
  return createBody(spec, { [LABEL.app]: APP_ID });
}

/** The addresses `name` resolves to on `network` (none when it does not resolve); the container is removed. */
export async function resolveOn(engine: Engine, network: string, name: string) {
  await ensureUsable(engine, { containers: [], running: [], networks: [network], ports: [] });
  const suffix = randomBytes(4).toString('hex');
  const { id } = await engine.createContainer(resolverBody(network, name), `container-talk-resolve-${suffix}`);
  const chunks: OutputChunk[] = [];
  try {
    const exitCode = await engine.runAttached(id, (chunk) => chunks.push(chunk));
    const printed = textOf(chunks);
    const addresses = exitCode === 0 ? lines(textOf(chunks, 'stdout')).map((line) => line.trim().split(/\s+/)[0]) : [];
    return { addresses: addresses.filter((a): a is string => Boolean(a)), printed };
  } finally {
    await engine.removeContainer(id);
  }
}

export const resolveChecks: Pick<CheckImpls, 'resolves'> = {
  resolves: {
    async verify({ engineOn }, check) {
      const engine = await engineOn(check.from.node);
      const { addresses, printed } = await resolveOn(engine, check.from.network, check.name);
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
