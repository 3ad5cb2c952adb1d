/**
 * Reaching a swarm service: through its virtual IP, and through the ports it publishes on the nodes.
 * The VIP and the routing mesh (ingress ports) are built on the kernel's IPVS; where the kernel offers
 * none, these checks say so, and the host-mode ports and dnsrr names that need no IPVS must work.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Text } from '@shared/lesson';
import { say } from '@shared/messages';
import { checkDetails } from './details';
import { resolveOn } from './resolve';
import { excerpt } from './state';
import { answersHttp, type Look, type LookAt, lookFrom } from './throwaway';
import type { CheckImpls, Verdict } from './types';

export const noIpvsNote: Text = {
  en: "This engine's kernel offers no IPVS to the swarm's nodes (dockerd logs \"Could not get ipvs family information from the kernel\"). A service's virtual IP and the routing mesh are built on IPVS, so here the name resolves to the VIP but nothing answers there, and a port published through the mesh refuses connections. Docker Desktop and most Linux kernels have IPVS. Without it, use --endpoint-mode dnsrr (the name resolves to every task, as in the step before) and --publish mode=host (the next command): neither needs IPVS.",
  id: 'Kernel engine ini tidak menyediakan IPVS bagi node swarm (dockerd mencatat "Could not get ipvs family information from the kernel"). Virtual IP sebuah service dan routing mesh dibangun di atas IPVS, sehingga di sini nama service di-resolve ke VIP tetapi tidak ada yang menjawab di sana, dan port yang dipublikasikan melalui mesh menolak koneksi. Docker Desktop dan sebagian besar kernel Linux memiliki IPVS. Tanpa IPVS, gunakan --endpoint-mode dnsrr (nama di-resolve ke setiap task, seperti pada langkah sebelumnya) dan --publish mode=host (perintah berikutnya): keduanya tidak memerlukan IPVS.',
};

/** Whether the node's kernel offers IPVS (its table is in /proc/net once the kernel has it). */
async function ipvsOn(at: LookAt): Promise<boolean> {
  return (await lookFrom(at, 'host', ['test', '-e', '/proc/net/ip_vs'], 'ipvs')).exitCode === 0;
}

const httpAnswered = (look: Look) => /^\s*HTTP\/1\.\d \d{3}/m.test(look.printed);
/** A task runs before its server listens: what should answer gets this long. */
const ANSWER_WITHIN_MS = 15_000;

/** Asks `ask` until every look answered HTTP, while `keepAsking` (once) says it can; the last looks. */
async function untilAnswered(ask: () => Promise<Look[]>, keepAsking: () => Promise<boolean>): Promise<Look[]> {
  const deadline = Date.now() + ANSWER_WITHIN_MS;
  let looks = await ask();
  if (looks.every(httpAnswered) || !(await keepAsking())) return looks;
  while (!looks.every(httpAnswered) && Date.now() < deadline) {
    await sleep(500);
    looks = await ask();
  }
  return looks;
}

/** Where the mesh or VIP stayed silent: an explanation when the kernel lacks IPVS, a failure otherwise. */
function silentVerdict(ipvs: boolean, found: Text, failed: Text): Verdict {
  if (ipvs) return { ok: false, detail: say(checkDetails.foundButFailed, { found, failed }) };
  return { ok: true, detail: say(checkDetails.foundButNoIpvs, { found, failed }), note: noIpvsNote };
}

const noService = (name: string) => say(checkDetails.noObject, { kind: 'service', name });

export const swarmReachChecks: Pick<CheckImpls, 'service-vip' | 'published-on-nodes'> = {
  'service-vip': {
    async verify({ engineOn, ensureImage }, check) {
      const manager = await engineOn(check.node);
      const [service, network] = await Promise.all([
        manager.findService(check.service),
        manager.findNetwork(check.network),
      ]);
      if (!service) return { ok: false, detail: noService(check.service) };
      const vip = service.virtualIps.find((v) => v.networkId === network?.id)?.addr.split('/')[0];
      if (!vip)
        return { ok: false, detail: say(checkDetails.noVip, { service: check.service, network: check.network }) };
      const from = { engine: await engineOn(check.from), ensureImage };
      const { addresses } = await resolveOn(from, check.network, check.service);
      const found = say(checkDetails.vipResolves, { service: check.service, addresses, vip });
      if (addresses.length !== 1 || addresses[0] !== vip) return { ok: false, detail: found };
      const ipvs = once(() => ipvsOn(from));
      const [look] = await untilAnswered(async () => [await answersHttp(from, check.network, vip, check.port)], ipvs);
      if (look && httpAnswered(look))
        return { ok: true, detail: say(checkDetails.vipAnswered, { found, port: check.port }) };
      const failed = say(checkDetails.nothingAnswered, {
        at: `${vip}:${check.port}`,
        said: excerpt(look?.printed ?? ''),
      });
      return silentVerdict(await ipvs(), found, failed);
    },
  },
  'published-on-nodes': {
    async verify({ engineOn, ensureImage }, check) {
      const manager = { engine: await engineOn(check.node), ensureImage };
      const service = await manager.engine.findService(check.service);
      if (!service) return { ok: false, detail: noService(check.service) };
      const mode = service.ports.find((p) => p.publishedPort === check.port)?.publishMode ?? 'ingress';
      const ipvs = once(() => ipvsOn(manager));
      // As a client next to the nodes would: from the manager's own network, to each node by its name.
      const ask = () => Promise.all(check.on.map((node) => answersHttp(manager, 'host', node, check.port)));
      const looks = await untilAnswered(ask, async () => mode !== 'ingress' || (await ipvs()));
      const answering = check.on.filter((_, i) => httpAnswered(looks[i] as Look));
      const silent = check.on.filter((node) => !answering.includes(node));
      const found = say(checkDetails.publishedAnswers, { port: check.port, service: check.service, mode, answering });
      if (silent.length === 0) return { ok: true, detail: found };
      const said = excerpt((looks[check.on.indexOf(silent[0] as string)] as Look).printed);
      if (mode !== 'ingress') return { ok: false, detail: say(checkDetails.notOnNodes, { found, silent, said }) };
      return silentVerdict(await ipvs(), found, say(checkDetails.meshRefused, { silent }));
    },
  },
};

/** `probe`, asked at most once. */
function once(probe: () => Promise<boolean>): () => Promise<boolean> {
  let answer: Promise<boolean> | undefined;
  return () => {
    answer ??= probe();
    return answer;
  };
}
