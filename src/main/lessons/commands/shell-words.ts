/** Splitting a command line into words and quoting them back, as a POSIX shell would for simple commands. */
import type { Text } from '@shared/lesson';
import { say } from '@shared/messages';
import { syntaxErrors } from './messages';

/** A command line refused: why, in every language (`message` is the English). */
export class CommandSyntaxError extends Error {
  readonly text: Text;
  constructor(text: Text) {
    super(text.en);
    this.name = 'CommandSyntaxError';
    this.text = text;
  }
}

export function splitWords(line: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < line.length; i++) {
    const ch = line.charAt(i);
    if (quote === "'") {
      if (ch === "'") quote = null;
      else word += ch;
    } else if (quote === '"') {
      if (ch === '"') quote = null;
      else if (ch === '\\' && /["\\$`]/.test(line.charAt(i + 1))) word += line.charAt(++i);
      else word += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      inWord = true;
    } else if (ch === '\\' && i + 1 < line.length) {
      word += line.charAt(++i);
      inWord = true;
    } else if (/\s/.test(ch)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else if (!inWord && VARIABLE.test(line.slice(i).split(/\s/)[0] as string)) {
      // A whole word that names a variable ($WORKER_TOKEN): the command decides whether it takes one.
      word = line.slice(i).split(/\s/)[0] as string;
      i += word.length - 1;
      inWord = true;
    } else if (/[|&;<>()$`]/.test(ch)) {
      throw new CommandSyntaxError(say(syntaxErrors.shellSyntax, { char: ch }));
    } else {
      word += ch;
      inWord = true;
    }
  }
  if (quote) throw new CommandSyntaxError(say(syntaxErrors.unterminatedQuote, { quote }));
  if (inWord) words.push(word);
  return words;
}

/** `$NAME` as a word of its own. */
export const VARIABLE = /^\$[A-Z][A-Z0-9_]*$/;

export function quoteWord(word: string): string {
  if (word !== '' && (/^[\w@%+=:,./-]+$/.test(word) || VARIABLE.test(word))) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

export function joinWords(words: readonly string[]): string {
  return words.map(quoteWord).join(' ');
}
