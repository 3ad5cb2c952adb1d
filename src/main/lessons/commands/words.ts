/** Reading the flags and arguments of the simple commands (everything but `docker run`). */

import { say } from '@shared/messages';
import { syntaxErrors } from './messages';
import { CommandSyntaxError } from './shell-words';

export type FlagKinds = Record<string, 'switch' | 'value'>;

export interface Options {
  switches: Set<string>;
  values: Map<string, string[]>;
  positional: string[];
  /** The first value of any of the spellings. */
  value(...spellings: string[]): string | undefined;
  all(...spellings: string[]): string[];
  has(...spellings: string[]): boolean;
}

/** Splits flags (and their values) from positional words. */
export function options(words: string[], known: FlagKinds, usage: string): Options {
  const switches = new Set<string>();
  const values = new Map<string, string[]>();
  const positional: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    if (!word.startsWith('-') || word === '-') {
      positional.push(word);
      continue;
    }
    const eq = word.indexOf('=');
    const [flag, inline] = eq > 0 ? [word.slice(0, eq), word.slice(eq + 1)] : [word, undefined];
    const kind = known[flag];
    if (!kind) throw new CommandSyntaxError(say(syntaxErrors.unknownFlag, { flag, usage }));
    if (kind === 'switch') switches.add(flag);
    else {
      const value = inline ?? words[++i];
      if (value === undefined) throw new CommandSyntaxError(say(syntaxErrors.flagNeedsValue, { flag }));
      values.set(flag, [...(values.get(flag) ?? []), value]);
    }
  }
  const all = (...spellings: string[]) => spellings.flatMap((s) => values.get(s) ?? []);
  return {
    switches,
    values,
    positional,
    all,
    value: (...spellings) => all(...spellings)[0],
    has: (...spellings) => spellings.some((s) => switches.has(s)),
  };
}

/** `[OPTIONS] IMAGE [ARG...]`: the option words, and the words from the first positional one on. */
export function splitAtFirstPositional(words: string[], known: FlagKinds): [string[], string[]] {
  let i = 0;
  while (i < words.length && (words[i] as string).startsWith('-')) {
    const word = words[i] as string;
    i += known[word] === 'value' ? 2 : 1; // `--flag=value` is one word, and not a key of `known`
  }
  return [words.slice(0, i), words.slice(i)];
}

export function exactly(positional: string[], count: number, usage: string): string[] {
  if (positional.length !== count) throw new CommandSyntaxError(say(syntaxErrors.exactly, { usage, count }));
  return positional;
}

export function atLeastOne(positional: string[], usage: string): string[] {
  if (positional.length === 0) throw new CommandSyntaxError(say(syntaxErrors.atLeast, { usage, count: 1 }));
  return positional;
}
