/**
 * Why a command line is refused, in English and Indonesian. The English follows the docker CLI's own
 * words ("unknown flag: --x"); flags, usages and values stay as typed in both languages.
 */
import { message } from '@shared/messages';

const usage = { usage: 'docker ps [-a]' };

export const syntaxErrors = {
  shellSyntax: message({
    example: { char: '|' },
    en: (p) => `"${p.char}" is shell syntax; type one docker command without pipes, redirects or variables`,
    id: (p) => `"${p.char}" adalah sintaks shell; ketik satu perintah docker tanpa pipe, redirect, atau variabel`,
  }),
  unterminatedQuote: message({
    example: { quote: '"' },
    en: (p) => `unterminated ${p.quote} quote`,
    id: (p) => `tanda kutip ${p.quote} tidak ditutup`,
  }),
  unknownSubcommand: message({
    example: { typed: 'docker network prune', group: 'docker network', commands: 'create, ls, inspect' },
    en: (p) => `unknown command "${p.typed}": use ${p.group} ${p.commands}`,
    id: (p) => `perintah "${p.typed}" tidak dikenal: gunakan ${p.group} ${p.commands}`,
  }),
  notACommand: message({
    example: { what: 'docker build', known: 'docker run, docker ps' },
    en: (p) => `"${p.what || '(nothing)'}" is not one of the commands this app runs: ${p.known}`,
    id: (p) => `"${p.what || '(kosong)'}" bukan salah satu perintah yang dijalankan aplikasi ini: ${p.known}`,
  }),
  shellVariable: message({
    example: { variable: '$NAME' },
    en: (p) =>
      `"${p.variable}" is a shell variable; type the value itself (only docker swarm join takes $WORKER_TOKEN or $MANAGER_TOKEN)`,
    id: (p) =>
      `"${p.variable}" adalah variabel shell; ketik nilainya langsung (hanya docker swarm join yang menerima $WORKER_TOKEN atau $MANAGER_TOKEN)`,
  }),
  invalidCommand: message({
    example: { issues: 'name: String must contain at least 1 character(s)' },
    en: (p) => p.issues,
    id: (p) => `isi perintah tidak valid: ${p.issues}`,
  }),
  unknownFlag: message({
    example: { flag: '--bogus', ...usage },
    en: (p) => `unknown flag: ${p.flag} (usage: ${p.usage})`,
    id: (p) => `flag tidak dikenal: ${p.flag} (usage: ${p.usage})`,
  }),
  flagNeedsValue: message({
    example: { flag: '--name' },
    en: (p) => `flag needs an argument: ${p.flag}`,
    id: (p) => `flag ${p.flag} memerlukan nilai`,
  }),
  flagTakesNoValue: message({
    example: { flag: '--rm' },
    en: (p) => `flag ${p.flag} takes no value`,
    id: (p) => `flag ${p.flag} tidak menerima nilai`,
  }),
  unknownRunFlag: message({
    example: { flag: '--bogus', understood: '-d, --name, --network' },
    en: (p) => `unknown flag: ${p.flag} for "docker run" (this app understands ${p.understood})`,
    id: (p) => `flag tidak dikenal: ${p.flag} untuk "docker run" (aplikasi ini memahami ${p.understood})`,
  }),
  unknownShorthand: message({
    example: { letter: 'z', word: '-dz', understood: '-d, --name, --network' },
    en: (p) => `unknown shorthand flag: '${p.letter}' in ${p.word} (this app understands ${p.understood})`,
    id: (p) => `flag singkat tidak dikenal: '${p.letter}' di ${p.word} (aplikasi ini memahami ${p.understood})`,
  }),
  exactly: message({
    example: { ...usage, count: 1 },
    en: (p) => `"${p.usage}" takes exactly ${p.count} argument(s)`,
    id: (p) => `"${p.usage}" menerima tepat ${p.count} argumen`,
  }),
  atLeast: message({
    example: { ...usage, count: 1 },
    en: (p) => `"${p.usage}" requires at least ${p.count} argument${p.count === 1 ? '' : 's'}`,
    id: (p) => `"${p.usage}" memerlukan paling sedikit ${p.count} argumen`,
  }),
  execInteractive: message({
    example: { flag: '-it', usage: 'docker exec CONTAINER COMMAND [ARG...]' },
    en: (p) =>
      `docker exec ${p.flag} is not supported here: run one command (${p.usage}), or open a shell with docker run -it --rm --network NETWORK alpine sh`,
    id: (p) =>
      `docker exec ${p.flag} tidak didukung di sini: jalankan satu perintah (${p.usage}), atau buka shell dengan docker run -it --rm --network NETWORK alpine sh`,
  }),
  notAUrl: message({
    example: { url: 'localhost' },
    en: (p) => `"${p.url}" is not a host:port URL, e.g. curl http://localhost:3000`,
    id: (p) => `"${p.url}" bukan URL host:port, misalnya curl http://localhost:3000`,
  }),
  curlOnlyPublished: message({
    example: { hosts: 'localhost, 127.0.0.1, ::1, docker', host: 'example.org' },
    en: (p) => `curl here only reaches ports published on the engine's host (${p.hosts}), not "${p.host}"`,
    id: (p) => `curl di sini hanya menjangkau port yang di-publish di host engine (${p.hosts}), bukan "${p.host}"`,
  }),
  badPort: message({
    example: { text: '80:x' },
    en: (p) => `invalid -p value "${p.text}": use [host-ip:][host-port:]container-port[/tcp|udp]`,
    id: (p) => `nilai -p "${p.text}" tidak valid: gunakan [host-ip:][host-port:]container-port[/tcp|udp]`,
  }),
  badLink: message({
    example: { text: 'a:b:c' },
    en: (p) => `invalid --link value "${p.text}": use container-name[:alias]`,
    id: (p) => `nilai --link "${p.text}" tidak valid: gunakan container-name[:alias]`,
  }),
  badPublish: message({
    example: { text: '8080' },
    en: (p) => `invalid --publish "${p.text}": use 8080:80 or published=8080,target=80[,mode=host]`,
    id: (p) => `--publish "${p.text}" tidak valid: gunakan 8080:80 atau published=8080,target=80[,mode=host]`,
  }),
  runNeedsImage: {
    en: '"docker run" requires an image: docker run [OPTIONS] IMAGE [COMMAND] [ARG...]',
    id: '"docker run" memerlukan sebuah image: docker run [OPTIONS] IMAGE [COMMAND] [ARG...]',
  },
};
