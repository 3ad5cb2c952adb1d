/**
 * The line typed at the Explore prompt, edited locally like a shell's: what the terminal sends
 * (keys, escape sequences, pasted text) read as keys, each key's effect on the line, and how to
 * draw the line again on a terminal of a given width (it may wrap over several rows).
 */
export interface Line {
  text: string;
  cursor: number;
}

export const emptyLine: Line = { text: '', cursor: 0 };
export const lineOf = (text: string): Line => ({ text, cursor: text.length });

export type Key =
  | { kind: 'text'; text: string }
  | {
      kind:
        | 'enter'
        | 'backspace'
        | 'delete'
        | 'left'
        | 'right'
        | 'home'
        | 'end'
        | 'up'
        | 'down'
        | 'tab'
        | 'cancel'
        | 'clear'
        | 'eof'
        | 'killBefore'
        | 'killAfter';
    };

type Named = Exclude<Key, { kind: 'text' }>['kind'];

const sequences: Record<string, Named> = {
  '[A': 'up',
  '[B': 'down',
  '[C': 'right',
  '[D': 'left',
  '[H': 'home',
  '[F': 'end',
  '[1~': 'home',
  '[4~': 'end',
  '[7~': 'home',
  '[8~': 'end',
  '[3~': 'delete',
  OA: 'up',
  OB: 'down',
  OC: 'right',
  OD: 'left',
  OH: 'home',
  OF: 'end',
};

const controls: Record<string, Named> = {
  '\r': 'enter',
  '\n': 'enter',
  '\x7f': 'backspace',
  '\b': 'backspace',
  '\t': 'tab',
  '\x03': 'cancel',
  '\x0c': 'clear',
  '\x04': 'eof',
  '\x01': 'home',
  '\x05': 'end',
  '\x02': 'left',
  '\x06': 'right',
  '\x10': 'up',
  '\x0e': 'down',
  '\x15': 'killBefore',
  '\x0b': 'killAfter',
};

// biome-ignore lint/suspicious/noControlCharactersInRegex: escape sequences start with ESC
const escapeSequence = /^\x1b(\[[0-9;]*[A-Za-z~]|O[A-Za-z]|.)?/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: what is not a control character is typed text
const printable = /^[^\x00-\x1f\x7f]+/;

// biome-ignore lint/suspicious/noControlCharactersInRegex: text with line breaks and no other control character
const pastedLines = /^(?=.*[^\r\n])(?=.*[\r\n])[^\x00-\x08\x0b\x0c\x0e-\x1f\x7f]+$/s;

/** Reads what the terminal sent; unknown sequences (Alt+key, F-keys) are dropped. */
export function keysOf(data: string): Key[] {
  const keys: Key[] = [];
  let rest = data;
  // Pasted lines: one line (a pasted newline would run a half-read command); the ending newline is dropped.
  if (pastedLines.test(rest)) rest = rest.replace(/[\r\n]+$/, '').replace(/[\r\n\t]+/g, ' ');
  while (rest) {
    const text = printable.exec(rest)?.[0];
    if (text) {
      keys.push({ kind: 'text', text });
      rest = rest.slice(text.length);
      continue;
    }
    if (rest.startsWith('\x1b')) {
      const match = escapeSequence.exec(rest)?.[0] ?? '\x1b';
      const named = sequences[match.slice(1).replace(/^\[1;\d+/, '[')];
      if (named) keys.push({ kind: named });
      rest = rest.slice(match.length);
      continue;
    }
    const control = controls[rest.charAt(0)];
    if (control) keys.push({ kind: control });
    rest = rest.slice(1);
  }
  return keys;
}

/** The line after an editing key; undefined for keys that are not editing (enter, tab, history…). */
export function edit({ text, cursor }: Line, key: Key): Line | undefined {
  switch (key.kind) {
    case 'text':
      return { text: text.slice(0, cursor) + key.text + text.slice(cursor), cursor: cursor + key.text.length };
    case 'backspace':
      return cursor === 0
        ? { text, cursor }
        : { text: text.slice(0, cursor - 1) + text.slice(cursor), cursor: cursor - 1 };
    case 'delete':
      return { text: text.slice(0, cursor) + text.slice(cursor + 1), cursor };
    case 'left':
      return { text, cursor: Math.max(0, cursor - 1) };
    case 'right':
      return { text, cursor: Math.min(text.length, cursor + 1) };
    case 'home':
      return { text, cursor: 0 };
    case 'end':
      return { text, cursor: text.length };
    case 'killBefore':
      return { text: text.slice(cursor), cursor: 0 };
    case 'killAfter':
      return { text: text.slice(0, cursor), cursor };
    default:
      return undefined;
  }
}

/** The prompt as written (it may carry colours) and how many columns it takes. */
export interface Prompt {
  styled: string;
  width: number;
}

/**
 * Draws prompt and line again from the prompt's first row, `fromRow` rows above the cursor, and puts
 * the cursor where the line's cursor is. Returns what to write and the cursor's row within the line.
 */
export function redraw(prompt: Prompt, line: Line, cols: number, fromRow: number): { data: string; row: number } {
  const width = Math.max(1, cols);
  let data = `${fromRow > 0 ? `\x1b[${fromRow}A` : ''}\r\x1b[J${prompt.styled}${line.text}`;
  const end = prompt.width + line.text.length;
  // At the last column the terminal waits to wrap: a written space makes it wrap now, so rows add up.
  if (end % width === 0) data += ' \r';
  const endRow = Math.floor(end / width);
  const target = prompt.width + line.cursor;
  const row = Math.floor(target / width);
  const column = target % width;
  if (endRow > row) data += `\x1b[${endRow - row}A`;
  data += `\r${column > 0 ? `\x1b[${column}C` : ''}`;
  return { data, row };
}
