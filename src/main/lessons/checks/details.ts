/**
 * What a check found ("Found: …" under each check), in English and Indonesian. The parts that come
 * from the engine (names, addresses, what a command printed) stay as they are in both languages.
 */
import type { Text } from '@shared/lesson';
import { message } from '@shared/messages';

type Kind = 'container' | 'network' | 'service';
const t = (en: string, id: string): Text => ({ en, id });

/** A small choice in each language, for the catalog's examples and its callers. */
export const words = {
  none: t('(none)', '(tidak ada)'),
  unknown: t('unknown', 'tidak diketahui'),
  output: t('the output', 'output'),
};

const found = t('redis resolves to 10.0.1.5', 'redis di-resolve ke 10.0.1.5');

export const checkDetails = {
  couldNotCheck: message({
    example: { why: t('no container named web', 'tidak ada container bernama web') },
    en: (p) => `could not check: ${p.why.en}`,
    id: (p) => `tidak dapat diperiksa: ${p.why.id}`,
  }),
  noObject: message({
    example: { kind: 'container' as Kind, name: 'web' },
    en: (p) => `no ${p.kind} named ${p.name}`,
    id: (p) => `tidak ada ${p.kind} bernama ${p.name}`,
  }),
  notOursToExec: message({
    example: { name: 'redis' },
    en: (p) => `${p.name} was not created by this app; the app does not run commands in it`,
    id: (p) => `${p.name} tidak dibuat oleh aplikasi ini; aplikasi tidak menjalankan perintah di dalamnya`,
  }),
  // dns
  nameserversPodman: message({
    example: { nameservers: '10.89.0.1', network: 'backend-network', gateway: '10.89.0.1' as string | undefined },
    en: (p) => `nameserver ${p.nameservers}; ${p.network}'s gateway is ${p.gateway ?? 'none'}`,
    id: (p) => `nameserver ${p.nameservers}; gateway ${p.network} adalah ${p.gateway ?? 'tidak ada'}`,
  }),
  nameservers: message({
    example: { nameservers: '' },
    en: (p) => `nameserver ${p.nameservers || words.none.en}`,
    id: (p) => `nameserver ${p.nameservers || words.none.id}`,
  }),
  pingReply: message({
    example: {
      target: 'redis',
      ip: '172.18.0.2' as string | undefined,
      network: 'backend-network' as string | undefined,
      replied: true,
    },
    en: (p) =>
      `${p.target} is ${p.ip ?? 'not found'}${p.network ? ` on ${p.network}` : ''}; ${p.replied ? 'the reply came from it' : 'no reply from it'}`,
    id: (p) =>
      `${p.target} ${p.ip ? `adalah ${p.ip}` : 'tidak ditemukan'}${p.network ? ` di ${p.network}` : ''}; ${p.replied ? 'balasan datang darinya' : 'tidak ada balasan darinya'}`,
  }),
  // exec
  execPrinted: message({
    example: { command: '`redis-cli GET requests`', container: 'redis', exitCode: 0, printed: '3' },
    en: (p) => `${p.command} in ${p.container} exited ${p.exitCode} and printed "${p.printed}"`,
    id: (p) => `${p.command} di ${p.container} berakhir dengan kode ${p.exitCode} dan mencetak "${p.printed}"`,
  }),
  readingFailed: message({
    example: {
      command: '`redis-cli GET requests`',
      container: 'redis',
      why: t('no container named redis', 'tidak ada container bernama redis'),
    },
    en: (p) => `${p.command} in ${p.container} failed before the action: ${p.why.en}`,
    id: (p) => `${p.command} di ${p.container} gagal sebelum perintah dijalankan: ${p.why.id}`,
  }),
  noCount: message({
    example: { status: 200 as number | undefined, pattern: 'Total requests: (\\d+)', printed: 'Bad gateway' },
    en: (p) => `nothing in the output${http(p.status)} matches /${p.pattern}/: "${p.printed}"`,
    id: (p) => `tidak ada bagian output${http(p.status)} yang cocok dengan /${p.pattern}/: "${p.printed}"`,
  }),
  countedUp: message({
    example: {
      command: '`redis-cli GET requests`',
      container: 'redis',
      before: 2,
      found: 'Total requests: 3',
      status: 200 as number | undefined,
    },
    en: (p) =>
      `${p.command} in ${p.container} printed ${p.before} before the action; the action printed "${p.found}"${http(p.status)}`,
    id: (p) =>
      `${p.command} di ${p.container} mencetak ${p.before} sebelum perintah dijalankan; perintah itu mencetak "${p.found}"${http(p.status)}`,
  }),
  // http
  httpAnswered: message({
    example: { asked: 'GET http://localhost:3000/', status: 200, body: 'Total requests: 1' },
    en: (p) => `${p.asked} answered ${p.status}${p.body ? `: ${p.body}` : ' with an empty body'}`,
    id: (p) => `${p.asked} menjawab ${p.status}${p.body ? `: ${p.body}` : ' dengan body kosong'}`,
  }),
  httpNoAnswer: message({
    example: { asked: 'GET http://localhost:3000/', why: 'connect ECONNREFUSED 127.0.0.1:3000' },
    en: (p) => `${p.asked} got no answer: ${p.why}`,
    id: (p) => `${p.asked} tidak mendapat jawaban: ${p.why}`,
  }),
  afterWaiting: message({
    example: {
      detail: t('GET http://localhost:3000/ answered 200', 'GET http://localhost:3000/ menjawab 200'),
      seconds: '1.5',
    },
    en: (p) => `${p.detail.en} (after ${p.seconds} s)`,
    id: (p) => `${p.detail.id} (setelah ${p.seconds} dtk)`,
  }),
  containerExited: message({
    example: { exitCode: 1 as number | undefined, logs: 'Error: connect ECONNREFUSED redis:6379' },
    en: (p) => `the container exited (code ${p.exitCode}); its last logs: ${p.logs}`,
    id: (p) => `container berhenti (kode ${p.exitCode}); log terakhirnya: ${p.logs}`,
  }),
  // inspect
  inspected: message({
    example: { path: 'Spec.EndpointSpec.Mode', value: 'vip', kind: 'service' as Kind, name: 'web' },
    en: (p) => `${p.path} = ${p.value} on the ${p.kind} ${p.name}`,
    id: (p) => `${p.path} = ${p.value} pada ${p.kind} ${p.name}`,
  }),
  // links
  linkVarsRemoved: message({
    example: { prefix: 'REDIS', version: '29.0.0' },
    en: (p) => `no ${p.prefix}_* variables: Docker ${p.version} does not set link variables`,
    id: (p) => `tidak ada variabel ${p.prefix}_*: Docker ${p.version} tidak mengatur variabel link`,
  }),
  noAddrVar: message({
    example: { prefix: 'REDIS' },
    en: (p) => `no ${p.prefix}_PORT_*_TCP_ADDR variable in the output`,
    id: (p) => `tidak ada variabel ${p.prefix}_PORT_*_TCP_ADDR di output`,
  }),
  linkAddr: message({
    example: {
      variable: 'REDIS_PORT_6379_TCP_ADDR',
      value: '172.17.0.2' as string | undefined,
      target: 'redis-server',
      ip: '172.17.0.2' as string | undefined,
      count: 11,
    },
    en: (p) =>
      `${p.variable}=${p.value}; ${p.target}'s IP address is ${p.ip ?? words.unknown.en} (${p.count} link variables)`,
    id: (p) =>
      `${p.variable}=${p.value}; alamat IP ${p.target} adalah ${p.ip ?? words.unknown.id} (${p.count} variabel link)`,
  }),
  noLinkVars: message({
    example: { prefix: 'REDIS' },
    en: (p) => `no ${p.prefix}_* variables`,
    id: (p) => `tidak ada variabel ${p.prefix}_*`,
  }),
  unexpectedVars: message({
    example: { found: ['REDIS_PORT', 'REDIS_NAME'] },
    en: (p) => `unexpected variables: ${p.found.join(', ')}`,
    id: (p) => `variabel yang tidak diharapkan: ${p.found.join(', ')}`,
  }),
  hostsEntry: message({
    example: {
      entry: '172.17.0.2 redis 1a2b3c4d5e6f redis-server',
      target: 'redis-server',
      ip: '172.17.0.2',
      id: '1a2b3c4d5e6f' as string | undefined,
    },
    en: (p) => `"${p.entry}"; ${p.target} is ${p.ip} (${p.id})`,
    id: (p) => `"${p.entry}"; ${p.target} adalah ${p.ip} (${p.id})`,
  }),
  noHostsEntry: message({
    example: { alias: 'redis' },
    en: (p) => `no /etc/hosts line names ${p.alias}`,
    id: (p) => `tidak ada baris /etc/hosts yang menyebut ${p.alias}`,
  }),
  foundLine: message({
    example: { entry: '172.18.0.2 redis' },
    en: (p) => `found "${p.entry}"`,
    id: (p) => `ditemukan "${p.entry}"`,
  }),
  noHostsPeer: message({
    example: { peer: 'redis' },
    en: (p) => `no /etc/hosts line for ${p.peer}: the name is resolved by DNS`,
    id: (p) => `tidak ada baris /etc/hosts untuk ${p.peer}: nama tersebut di-resolve oleh DNS`,
  }),
  // objects
  containerState: message({
    example: { name: 'redis', id: '1a2b3c4d5e6f', running: false, exitCode: 137 as number | undefined, ours: true },
    en: (p) =>
      `${p.name} (${p.id}) is ${p.running ? 'running' : `stopped (exit code ${p.exitCode})`}, ${p.ours ? 'created by this app' : 'not created by this app'}`,
    id: (p) =>
      `${p.name} (${p.id}) ${p.running ? 'sedang berjalan' : `berhenti (kode keluar ${p.exitCode})`}, ${p.ours ? 'dibuat oleh aplikasi ini' : 'tidak dibuat oleh aplikasi ini'}`,
  }),
  networkFound: message({
    example: { name: 'backend-network', driver: 'bridge', subnet: '172.18.0.0/16', gateway: '172.18.0.1' },
    en: (p) => `${p.name}: driver ${p.driver}, subnet ${p.subnet}, gateway ${p.gateway}`,
    id: (p) => `${p.name}: driver ${p.driver}, subnet ${p.subnet}, gateway ${p.gateway}`,
    same: true,
  }),
  notOn: message({
    example: { container: 'web', network: 'frontend-network' },
    en: (p) => `${p.container} is not on ${p.network}`,
    id: (p) => `${p.container} tidak berada di ${p.network}`,
  }),
  attached: message({
    example: { container: 'redis', network: 'backend-network', ip: '172.18.0.2', aliases: ['db'] },
    en: (p) => `${p.container} is on ${p.network} as ${p.ip} (aliases: ${p.aliases.join(', ') || 'none'})`,
    id: (p) =>
      `${p.container} berada di ${p.network} dengan alamat ${p.ip} (alias: ${p.aliases.join(', ') || 'tidak ada'})`,
  }),
  networksOf: message({
    example: { container: 'web', networks: ['backend-network'] },
    en: (p) => `${p.container} is on: ${p.networks.join(', ') || 'no network'}`,
    id: (p) => `${p.container} berada di: ${p.networks.join(', ') || 'tidak ada network'}`,
  }),
  noContainerStarted: t('the step started no container', 'langkah ini tidak menjalankan container apa pun'),
  portBindings: message({
    example: { port: 3000, bindings: [] as string[] },
    en: (p) => `${p.port}/tcp → ${p.bindings.join(', ') || 'not published'}`,
    id: (p) => `${p.port}/tcp → ${p.bindings.join(', ') || 'tidak di-publish'}`,
  }),
  // output
  exitCode: message({
    example: { code: 0 as number | null | undefined },
    en: (p) => `exit code ${p.code ?? 'none'}`,
    id: (p) => `kode keluar ${p.code ?? 'tidak ada'}`,
  }),
  lists: message({
    example: { items: ['frontend-network', 'backend-network'] },
    en: (p) => `lists ${p.items.join(', ')}`,
    id: (p) => `menampilkan ${p.items.join(', ')}`,
  }),
  doesNotList: message({
    example: { items: ['frontend-network'] },
    en: (p) => `does not list ${p.items.join(', ')}`,
    id: (p) => `tidak menampilkan ${p.items.join(', ')}`,
  }),
  matched: message({
    example: { found: 'PONG', where: words.output },
    en: (p) => `"${p.found}" in ${p.where.en}`,
    id: (p) => `"${p.found}" di ${p.where.id}`,
  }),
  noMatch: message({
    example: { where: words.output, pattern: 'PONG', flags: '', printed: 'Could not connect to Redis' },
    en: (p) => `nothing in ${p.where.en} matches /${p.pattern}/${p.flags}: "${p.printed}"`,
    id: (p) => `tidak ada bagian ${p.where.id} yang cocok dengan /${p.pattern}/${p.flags}: "${p.printed}"`,
  }),
  // resolve
  doesNotResolve: message({
    example: { name: 'redis', network: 'frontend-network', printed: '' },
    en: (p) => `${p.name} from ${p.network} does not resolve${p.printed ? `: "${p.printed}"` : ''}`,
    id: (p) => `${p.name} dari ${p.network} tidak dapat di-resolve${p.printed ? `: "${p.printed}"` : ''}`,
  }),
  resolvesTo: message({
    example: { name: 'redis', network: 'backend-network', addresses: ['172.18.0.2'] },
    en: (p) => `${p.name} from ${p.network} resolves to ${p.addresses.join(', ')}`,
    id: (p) => `${p.name} dari ${p.network} di-resolve ke ${p.addresses.join(', ')}`,
  }),
  resolvesAndIs: message({
    example: { found, container: 'redis', ip: '10.0.1.5' as string | undefined, network: 'app-net' },
    en: (p) => `${p.found.en}; ${p.container} is ${p.ip ?? 'not attached'} on ${p.network}`,
    id: (p) => `${p.found.id}; ${p.container} ${p.ip ? `adalah ${p.ip}` : 'tidak terhubung'} di ${p.network}`,
  }),
  // services
  runningTasks: message({
    example: { count: 2, service: 'web', on: ['node1', 'node2'] },
    en: (p) => `${p.count} running task(s) of ${p.service}${p.on.length ? ` on ${p.on.join(', ')}` : ''}`,
    id: (p) => `${p.count} task ${p.service} yang berjalan${p.on.length ? ` di ${p.on.join(', ')}` : ''}`,
  }),
  // swarm-reach
  foundButFailed: message({
    example: {
      found,
      failed: t(
        'nothing answered on 10.0.1.5:80 (no reply)',
        'tidak ada yang menjawab di 10.0.1.5:80 (tidak ada balasan)',
      ),
    },
    en: (p) => `${p.found.en}; ${p.failed.en}`,
    id: (p) => `${p.found.id}; ${p.failed.id}`,
  }),
  foundButNoIpvs: message({
    example: {
      found,
      failed: t(
        'nothing answered on 10.0.1.5:80 (no reply)',
        'tidak ada yang menjawab di 10.0.1.5:80 (tidak ada balasan)',
      ),
    },
    en: (p) => `${p.found.en}; ${p.failed.en}: the kernel offers no IPVS`,
    id: (p) => `${p.found.id}; ${p.failed.id}: kernel tidak menyediakan IPVS`,
  }),
  noVip: message({
    example: { service: 'web', network: 'app-net' },
    en: (p) => `${p.service} has no virtual IP on ${p.network}`,
    id: (p) => `${p.service} tidak memiliki virtual IP di ${p.network}`,
  }),
  vipResolves: message({
    example: { service: 'web', addresses: ['10.0.1.5'], vip: '10.0.1.5' },
    en: (p) => `${p.service} resolves to ${p.addresses.join(', ') || 'nothing'}; its virtual IP is ${p.vip}`,
    id: (p) => `${p.service} di-resolve ke ${p.addresses.join(', ') || 'tidak ada alamat'}; virtual IP-nya ${p.vip}`,
  }),
  vipAnswered: message({
    example: { found, port: 80 },
    en: (p) => `${p.found.en}, which answered HTTP on port ${p.port}`,
    id: (p) => `${p.found.id}, yang menjawab HTTP di port ${p.port}`,
  }),
  nothingAnswered: message({
    example: { at: '10.0.1.5:80', said: '' },
    en: (p) => `nothing answered on ${p.at} (${p.said || 'no reply'})`,
    id: (p) => `tidak ada yang menjawab di ${p.at} (${p.said || 'tidak ada balasan'})`,
  }),
  publishedAnswers: message({
    example: { port: 8080, service: 'web', mode: 'host', answering: ['node1'] },
    en: (p) =>
      `port ${p.port} of ${p.service} (publish mode ${p.mode}) answers HTTP on ${p.answering.join(', ') || 'no node'}`,
    id: (p) =>
      `port ${p.port} milik ${p.service} (publish mode ${p.mode}) menjawab HTTP di ${p.answering.join(', ') || 'tidak ada node'}`,
  }),
  notOnNodes: message({
    example: { found, silent: ['node3'], said: '' },
    en: (p) => `${p.found.en}; not on ${p.silent.join(', ')} (${p.said || 'no reply'})`,
    id: (p) => `${p.found.id}; tidak di ${p.silent.join(', ')} (${p.said || 'tidak ada balasan'})`,
  }),
  meshRefused: message({
    example: { silent: ['node3'] },
    en: (p) => `the routing mesh refused on ${p.silent.join(', ')}`,
    id: (p) => `routing mesh menolak di ${p.silent.join(', ')}`,
  }),
};

function http(status: number | undefined): string {
  return status === undefined ? '' : ` (HTTP ${status})`;
}
