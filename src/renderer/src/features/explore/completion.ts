/** Tab completion at the Explore prompt: one candidate completes the word, several are listed like bash does. */
import type { Line } from './line-editor';

export function commonPrefix(words: string[]): string {
  if (words.length === 0) return '';
  let prefix = words[0] ?? '';
  for (const word of words) while (!word.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}

/** Completed words end with a space, unless they are meant to go on (`--network=`, a path). */
const finished = (word: string) => (/[\s=/:]$/.test(word) ? word : `${word} `);

/**
 * The line with the word from `from` to the cursor replaced: by the one candidate, or by what all the
 * candidates share when that is longer than the word; else `list`, the candidates to show.
 */
export function complete(line: Line, from: number, candidates: string[]): { line: Line; list?: string[] } {
  const start = Math.min(from, line.cursor);
  const word = line.text.slice(start, line.cursor);
  const unique = [...new Set(candidates)];
  const replaceWith = (replacement: string) => ({
    line: {
      text: line.text.slice(0, start) + replacement + line.text.slice(line.cursor),
      cursor: start + replacement.length,
    },
  });
  if (unique.length === 0) return { line };
  if (unique.length === 1) return replaceWith(finished(unique[0] ?? ''));
  const shared = commonPrefix(unique);
  if (shared.length > word.length && shared.startsWith(word)) return replaceWith(shared);
  return { line, list: unique };
}

/** The candidates in columns that fit the terminal's width, sorted down the columns like ls. */
export function columns(words: string[], cols: number): string[] {
  const sorted = [...words].sort();
  const width = Math.max(...sorted.map((word) => word.length)) + 2;
  const perRow = Math.max(1, Math.floor(cols / width));
  const rows = Math.ceil(sorted.length / perRow);
  return Array.from({ length: rows }, (_, row) =>
    Array.from({ length: perRow }, (_, column) => sorted[column * rows + row])
      .filter((word): word is string => word !== undefined)
      .map((word, i, all) => (i === all.length - 1 ? word : word.padEnd(width)))
      .join(''),
  );
}
