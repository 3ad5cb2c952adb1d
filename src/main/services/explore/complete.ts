/**
 * Tab completion in the Explore terminal: the word being typed (the line's last) is completed with
 * the words of the command table (`docker net` → network, `docker network c` → connect, create), or,
 * where the command expects one, with the names of the containers and networks on the engine the
 * line would run on.
 */
import type { Engine } from '../../engine';
import type { ActionKind } from '../../lessons/commands';
import { commandNamed, commands } from '../../lessons/commands/table';

export type NameKind = 'container' | 'network';
type Expected = NameKind | 'container-or-network';

/** What each positional argument of a command names (the last entry repeats: `docker rm a b c`). */
const positionals: Partial<Record<ActionKind, Expected[]>> = {
  rm: ['container'],
  stop: ['container'],
  start: ['container'],
  logs: ['container'],
  exec: ['container'],
  inspect: ['container-or-network'],
  'network-connect': ['network', 'container'],
  'network-disconnect': ['network', 'container'],
  'network-inspect': ['network'],
  'network-rm': ['network'],
};

/** Commands whose arguments after the first positional are not names (exec's command). */
const onlyFirst = new Set<ActionKind>(['exec']);

/** Flags whose value is a name, and flags whose value is something else (skipped when counting positionals). */
const nameFlags: Record<string, NameKind> = { '--network': 'network', '--net': 'network', '--link': 'container' };
const valueFlags = new Set([
  ...Object.keys(nameFlags),
  '--name',
  '--alias',
  '--network-alias',
  '-e',
  '--env',
  '-p',
  '--publish',
  '-h',
  '--hostname',
  '--cap-add',
  '--cap-drop',
  '--security-opt',
  '--tail',
  '-n',
]);

export interface CompletionPlan {
  /** Index in the line where the replaced part starts. */
  from: number;
  /** The part being completed (from `from` to the end). */
  partial: string;
  /** Words of the command table that fit. */
  words: string[];
  /** Names of these kinds fit too (read from the engine). */
  names: NameKind[];
}

/** The command table's next words after `typed` (e.g. after ["docker", "network"]). */
function nextWords(typed: string[]): string[] {
  const spellings = commands.flatMap((command) => command.words as readonly (readonly string[])[]);
  const next = spellings
    .filter((name) => name.length > typed.length && typed.every((word, i) => name[i] === word))
    .map((name) => name[typed.length] as string);
  return [...new Set(next)];
}

/** The names the word after `args` (the words after the command's name) would be. */
function expectedNames(kind: ActionKind, args: string[]): NameKind[] {
  const previous = args.at(-1);
  if (previous && nameFlags[previous]) return [nameFlags[previous]];
  let position = 0;
  for (let i = 0; i < args.length; i++) {
    const word = args[i] as string;
    if (word.startsWith('-')) i += valueFlags.has(word) ? 1 : 0;
    else position++;
  }
  const expected = positionals[kind];
  if (!expected || (onlyFirst.has(kind) && position > 0)) return [];
  const named = expected[Math.min(position, expected.length - 1)] as Expected;
  return named === 'container-or-network' ? ['container', 'network'] : [named];
}

/** What may complete the line's last word; pure, the names themselves come from the engine. */
export function planCompletion(line: string): CompletionPlan {
  const from = /\S*$/.exec(line)?.index ?? line.length;
  const typed = line.slice(0, from).trim().split(/\s+/).filter(Boolean);
  const partial = line.slice(from);
  const inline = /^(--network|--net|--link)=/.exec(partial);
  if (inline) {
    const flag = inline[1] as string;
    const at = from + flag.length + 1;
    return { from: at, partial: line.slice(at), words: [], names: [nameFlags[flag] as NameKind] };
  }
  const found = commandNamed(typed);
  const names =
    found && !partial.startsWith('-') ? expectedNames(found.command.schema.shape.kind.value, found.args) : [];
  const words = nextWords(typed).filter((word) => word.startsWith(partial));
  return { from, partial, words, names };
}

/** Names on `engine` of the kinds the plan asks for. */
export async function namesOn(engine: Engine, kinds: NameKind[]): Promise<string[]> {
  const [containers, networks] = await Promise.all([
    kinds.includes('container') ? engine.listContainers() : [],
    kinds.includes('network') ? engine.listNetworks() : [],
  ]);
  return [...containers.map((c) => c.name), ...networks.map((n) => n.name)];
}

export const MAX_CANDIDATES = 200;

export function candidates(plan: CompletionPlan, names: string[]): string[] {
  const fitting = [...plan.words, ...names.filter((name) => name.startsWith(plan.partial))];
  return [...new Set(fitting)].sort().slice(0, MAX_CANDIDATES);
}
