/** `docker run [OPTIONS] IMAGE [COMMAND] [ARG...]` → a run spec, remembering how the flags were written. */

import { say } from '@shared/messages';
import { syntaxErrors } from '../messages';
import { CommandSyntaxError } from '../shell-words';
import { defaultRunOrder, type RunFlagDef, runFlagByLong, runFlagByShort, understoodRunFlags } from './flags';
import type { CliStyle, Link, PortMapping, RunFlagKey } from './schema';

interface RunDraft {
  values: Map<RunFlagKey, string[]>;
  switches: Set<RunFlagKey>;
  order: RunFlagKey[];
  equals: Set<RunFlagKey>;
  netSpelling?: '--net' | '--network';
  long: Set<RunFlagKey>;
}

export function parsePort(text: string): PortMapping {
  const match = /^(?:(?:(\[[^\]]+\]|[^:]*):)?(\d*):)?(\d+)(?:\/(tcp|udp|sctp))?$/.exec(text);
  if (!match) {
    throw new CommandSyntaxError(say(syntaxErrors.badPort, { text }));
  }
  const [, hostIp, hostPort, containerPort, protocol] = match;
  const port: PortMapping = {
    containerPort: containerPort as string,
    protocol: (protocol ?? 'tcp') as PortMapping['protocol'],
  };
  if (hostIp !== undefined) port.hostIp = hostIp;
  if (hostPort) port.hostPort = hostPort;
  return port;
}

export function parseLink(text: string): Link {
  const [container, alias, extra] = text.split(':');
  if (!container || extra !== undefined || alias === '') {
    throw new CommandSyntaxError(say(syntaxErrors.badLink, { text }));
  }
  return { container, alias: alias ?? container };
}

function note(draft: RunDraft, flag: RunFlagDef, value?: string, withEquals = false): void {
  if (!draft.order.includes(flag.key)) draft.order.push(flag.key);
  if (withEquals) draft.equals.add(flag.key);
  if (value === undefined) draft.switches.add(flag.key);
  else draft.values.set(flag.key, [...(draft.values.get(flag.key) ?? []), value]);
}

function takeValue(spelled: string, words: string[], i: number): string {
  const value = words[i + 1];
  if (value === undefined) throw new CommandSyntaxError(say(syntaxErrors.flagNeedsValue, { flag: spelled }));
  return value;
}

/** Reads one option word (and its value word when separate); returns how many words it used. */
function readOption(draft: RunDraft, words: string[], i: number): number {
  const word = words[i] as string;
  if (word.startsWith('--')) {
    const [spelled, inline] = word.includes('=')
      ? [word.slice(0, word.indexOf('=')), word.slice(word.indexOf('=') + 1)]
      : [word, undefined];
    const flag = runFlagByLong(spelled);
    if (!flag)
      throw new CommandSyntaxError(say(syntaxErrors.unknownRunFlag, { flag: spelled, understood: understoodRunFlags }));
    if (flag.key === 'network') draft.netSpelling = spelled as '--net' | '--network';
    else if (flag.short) draft.long.add(flag.key);
    if (!flag.takesValue) {
      if (inline !== undefined) throw new CommandSyntaxError(say(syntaxErrors.flagTakesNoValue, { flag: spelled }));
      note(draft, flag);
      return 1;
    }
    if (inline !== undefined) {
      note(draft, flag, inline, true);
      return 1;
    }
    note(draft, flag, takeValue(spelled, words, i));
    return 2;
  }
  for (let j = 1; j < word.length; j++) {
    const flag = runFlagByShort(word.charAt(j));
    if (!flag) {
      throw new CommandSyntaxError(
        say(syntaxErrors.unknownShorthand, { letter: word.charAt(j), word, understood: understoodRunFlags }),
      );
    }
    if (!flag.takesValue) {
      note(draft, flag);
      continue;
    }
    const rest = word.slice(j + 1);
    if (rest !== '') {
      note(draft, flag, rest.startsWith('=') ? rest.slice(1) : rest, rest.startsWith('='));
      return 1;
    }
    note(draft, flag, takeValue(word, words, i));
    return 2;
  }
  return 1;
}

function styleOf(draft: RunDraft): CliStyle | undefined {
  const style: CliStyle = {};
  const present = draft.order;
  const defaultPresent = defaultRunOrder.filter((key) => present.includes(key));
  if (present.join() !== defaultPresent.join()) style.order = present;
  if (draft.equals.size > 0) style.equals = defaultRunOrder.filter((key) => draft.equals.has(key));
  if (draft.netSpelling && draft.netSpelling !== '--network') style.netSpelling = draft.netSpelling;
  if (draft.long.size > 0) style.long = defaultRunOrder.filter((key) => draft.long.has(key));
  return Object.keys(style).length > 0 ? style : undefined;
}

function single(draft: RunDraft, key: RunFlagKey): string | undefined {
  const values = draft.values.get(key) ?? [];
  return values[values.length - 1];
}

/** `words` are the words after `docker run`. */
export function parseRun(words: string[]) {
  const draft: RunDraft = { values: new Map(), switches: new Set(), order: [], equals: new Set(), long: new Set() };
  let i = 0;
  while (i < words.length && (words[i] as string).startsWith('-') && words[i] !== '-') {
    if (words[i] === '--') {
      i++;
      break;
    }
    i += readOption(draft, words, i);
  }
  const image = words[i];
  if (image === undefined) throw new CommandSyntaxError(syntaxErrors.runNeedsImage);
  const style = styleOf(draft);
  return {
    kind: 'run' as const,
    image,
    command: words.slice(i + 1),
    name: single(draft, 'name'),
    detach: draft.switches.has('detach'),
    interactive: draft.switches.has('interactive'),
    tty: draft.switches.has('tty'),
    rm: draft.switches.has('rm'),
    links: (draft.values.get('link') ?? []).map(parseLink),
    network: single(draft, 'network'),
    networkAliases: draft.values.get('network-alias') ?? [],
    publish: (draft.values.get('publish') ?? []).map(parsePort),
    env: draft.values.get('env') ?? [],
    capAdd: draft.values.get('cap-add') ?? [],
    privileged: draft.switches.has('privileged'),
    hostname: single(draft, 'hostname'),
    capDrop: draft.values.get('cap-drop') ?? [],
    securityOpt: draft.values.get('security-opt') ?? [],
    ...(style ? { style } : {}),
  };
}
