/** Docker CLI text → action spec, for the subset of commands the lessons use. */
import { type ActionSpec, actionSpecSchema } from '@shared/actions';
import type { FormatContext } from './format';
import { parseRun } from './parse-run';
import { CommandSyntaxError, splitWords } from './shell-words';

type Words = string[];

/** Splits flags (and their values) from positional words for the simple subcommands. */
function options(words: Words, known: Record<string, 'switch' | 'value'>, usage: string) {
  const switches = new Set<string>();
  const values = new Map<string, string[]>();
  const positional: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    if (!word.startsWith('-') || word === '-') {
      positional.push(word);
      continue;
    }
    const [flag, inline] = word.includes('=')
      ? [word.slice(0, word.indexOf('=')), word.slice(word.indexOf('=') + 1)]
      : [word, undefined];
    const kind = known[flag];
    if (!kind) throw new CommandSyntaxError(`unknown flag: ${flag} (usage: ${usage})`);
    if (kind === 'switch') switches.add(flag);
    else {
      const value = inline ?? words[++i];
      if (value === undefined) throw new CommandSyntaxError(`flag needs an argument: ${flag}`);
      values.set(flag, [...(values.get(flag) ?? []), value]);
    }
  }
  return { switches, values, positional };
}

function exactly(positional: string[], count: number, usage: string): string[] {
  if (positional.length !== count) throw new CommandSyntaxError(`"${usage}" takes exactly ${count} argument(s)`);
  return positional;
}

function atLeastOne(positional: string[], usage: string): string[] {
  if (positional.length === 0) throw new CommandSyntaxError(`"${usage}" requires at least 1 argument`);
  return positional;
}

function parseNetwork(words: Words): unknown {
  const [sub, ...rest] = words;
  switch (sub) {
    case 'create': {
      const usage = 'docker network create [--driver DRIVER] NETWORK';
      const o = options(rest, { '--driver': 'value', '-d': 'value' }, usage);
      const driver = o.values.get('--driver')?.[0] ?? o.values.get('-d')?.[0];
      return { kind: 'network-create', network: exactly(o.positional, 1, usage)[0], ...(driver ? { driver } : {}) };
    }
    case 'connect': {
      const usage = 'docker network connect [--alias ALIAS] NETWORK CONTAINER';
      const o = options(rest, { '--alias': 'value' }, usage);
      const [network, container] = exactly(o.positional, 2, usage);
      return { kind: 'network-connect', network, container, aliases: o.values.get('--alias') ?? [] };
    }
    case 'disconnect': {
      const usage = 'docker network disconnect [-f] NETWORK CONTAINER';
      const o = options(rest, { '-f': 'switch', '--force': 'switch' }, usage);
      const [network, container] = exactly(o.positional, 2, usage);
      return { kind: 'network-disconnect', network, container, force: o.switches.size > 0 };
    }
    case 'ls':
    case 'list':
      exactly(options(rest, {}, 'docker network ls').positional, 0, 'docker network ls');
      return { kind: 'network-ls' };
    case 'inspect':
      return {
        kind: 'network-inspect',
        networks: atLeastOne(
          options(rest, {}, 'docker network inspect NETWORK...').positional,
          'docker network inspect',
        ),
      };
    case 'rm':
    case 'remove':
      return {
        kind: 'network-rm',
        networks: atLeastOne(options(rest, {}, 'docker network rm NETWORK...').positional, 'docker network rm'),
      };
    default:
      throw new CommandSyntaxError(
        `unknown command "docker network ${sub ?? ''}": use create, connect, disconnect, ls, inspect or rm`,
      );
  }
}

function parseDocker(words: Words): unknown {
  const [command, ...rest] = words;
  switch (command) {
    case 'run':
      return parseRun(rest);
    case 'network':
      return parseNetwork(rest);
    case 'ps': {
      const o = options(rest, { '-a': 'switch', '--all': 'switch' }, 'docker ps [-a]');
      exactly(o.positional, 0, 'docker ps');
      return { kind: 'ps', all: o.switches.size > 0 };
    }
    case 'logs': {
      const usage = 'docker logs [-f] [-t] [--tail N] CONTAINER';
      const o = options(
        rest,
        {
          '-f': 'switch',
          '--follow': 'switch',
          '-t': 'switch',
          '--timestamps': 'switch',
          '--tail': 'value',
          '-n': 'value',
        },
        usage,
      );
      const tail = o.values.get('--tail')?.[0] ?? o.values.get('-n')?.[0];
      return {
        kind: 'logs',
        container: exactly(o.positional, 1, usage)[0],
        follow: o.switches.has('-f') || o.switches.has('--follow'),
        timestamps: o.switches.has('-t') || o.switches.has('--timestamps'),
        ...(tail !== undefined ? { tail } : {}),
      };
    }
    case 'rm': {
      const o = options(rest, { '-f': 'switch', '--force': 'switch' }, 'docker rm [-f] CONTAINER...');
      return { kind: 'rm', containers: atLeastOne(o.positional, 'docker rm'), force: o.switches.size > 0 };
    }
    default:
      throw new CommandSyntaxError(
        `"docker ${command ?? ''}" is not one of the commands this app runs: run, network, ps, logs, rm`,
      );
  }
}

/** `curl [http://]HOST:PORT[/path]` against the engine's host (Katacoda called it "docker"). */
function parseCurl(words: Words, context?: FormatContext): unknown {
  const url = exactly(words, 1, 'curl URL')[0] as string;
  const match = /^(?:http:\/\/)?(\[[^\]]+\]|[^/:]+):(\d+)(\/.*)?$/.exec(url);
  if (!match) throw new CommandSyntaxError(`"${url}" is not a host:port URL, e.g. curl http://localhost:3000`);
  const host = (match[1] as string).replace(/^\[|\]$/g, '');
  const hosts = ['localhost', '127.0.0.1', '::1', 'docker', ...(context ? [context.publishedHost] : [])];
  if (!hosts.includes(host)) {
    throw new CommandSyntaxError(
      `curl here only reaches ports published on the engine's host (${hosts.join(', ')}), not "${host}"`,
    );
  }
  return { kind: 'http', port: Number(match[2]), path: match[3] ?? '/' };
}

export function parseCommand(line: string, context?: FormatContext): ActionSpec {
  const [program, ...words] = splitWords(line.trim());
  let draft: unknown;
  if (program === 'docker') draft = parseDocker(words);
  else if (program === 'curl') draft = parseCurl(words, context);
  else throw new CommandSyntaxError(`commands start with "docker" (or "curl" for the web app), not "${program ?? ''}"`);
  const parsed = actionSpecSchema.safeParse(draft);
  if (!parsed.success)
    throw new CommandSyntaxError(
      parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '),
    );
  return parsed.data;
}
