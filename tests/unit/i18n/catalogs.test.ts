// Every message catalog of the app, walked entry by entry: each message rendered with its example must
// read in Indonesian (present, not left in English, with every name it was given), and in English.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Text } from '@shared/lesson';
import { type Message, textsIn } from '@shared/messages';
import { describe, expect, it } from 'vitest';
import { engineNotes } from '../../../src/main/lessons/checks/engine-notes';

const root = join(__dirname, '../../..');

/** Every catalog file: each layer's messages.ts, and the check details. */
function catalogFiles(dir = join(root, 'src')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return catalogFiles(path);
    const catalog = entry.name === 'messages.ts' || path.endsWith('lessons/checks/details.ts');
    // shared/messages.ts is the catalogs' machinery, not one of them.
    return catalog && !path.endsWith(join('shared', 'messages.ts')) ? [path] : [];
  });
}

/** English words that never belong in an Indonesian sentence (names, commands and quotes removed first). */
const ENGLISH = /\b(the|is|are|was|and|with|which|this|that|not|from|first|then|again|could|does|found)\b/i;

/** The names a message was given: strings and numbers, and the texts (by language) among its parameters. */
function leaves(value: unknown, key = ''): Array<{ key: string; value: string | Text }> {
  if (typeof value === 'string' || typeof value === 'number') return [{ key, value: String(value) }];
  if (typeof value !== 'object' || value === null) return [];
  const text = value as Partial<Text>;
  if (typeof text.en === 'string' && typeof text.id === 'string') return [{ key, value: text as Text }];
  return Object.entries(value).flatMap(([k, v]) => leaves(v, Array.isArray(value) ? key : k));
}

/** Parameters whose values are translated rather than repeated (a container's state: stopped → berhenti). */
const TRANSLATED_VALUES = new Set(['state']);

function problemsOf(text: Text, same: boolean, example: unknown): string[] {
  const problems: string[] = [];
  for (const language of ['en', 'id'] as const) {
    if (!text[language].trim()) problems.push(`no ${language} text`);
    if (/undefined|\[object Object\]|NaN/.test(text[language])) problems.push(`${language} shows a missing value`);
  }
  if (text.id === text.en && !same) problems.push('the Indonesian is the English');
  const given = leaves(example);
  for (const { key, value } of given) {
    if (TRANSLATED_VALUES.has(key)) continue;
    const [en, id] = typeof value === 'string' ? [value, value] : [value.en, value.id];
    const found = (where: string, what: string) => where.toLowerCase().includes(what.toLowerCase());
    if (en && found(text.en, en) && !found(text.id, id)) problems.push(`the Indonesian drops ${key} "${id}"`);
  }
  let rest = text.id;
  for (const { value } of given) rest = rest.split(typeof value === 'string' ? value : value.id).join(' ');
  rest = rest.replace(/`[^`]*`|"[^"]*"|“[^”]*”|\([^)]*\.[a-z]+[^)]*\)|https?:\S+/g, ' ');
  if (!same && ENGLISH.test(rest)) problems.push(`English left in the Indonesian: "${ENGLISH.exec(rest)?.[0]}"`);
  return problems;
}

const files = catalogFiles();

describe('message catalogs', () => {
  it('are found: one per layer', () => {
    const names = files.map((file) => relative(root, file)).sort();
    expect(names).toEqual(
      expect.arrayContaining([
        'src/main/engine/messages.ts',
        'src/main/lab/messages.ts',
        'src/main/lessons/checks/details.ts',
        'src/main/lessons/messages.ts',
        'src/main/services/messages.ts',
      ]),
    );
  });

  it.each(files.map((file) => [relative(root, file), file]))('%s: every entry reads in Indonesian', async (_, file) => {
    const catalog = (await import(file)) as Record<string, unknown>;
    const entries = textsIn(catalog);
    expect(entries.length).toBeGreaterThan(0);
    const messages = new Map<string, Message<unknown>>();
    const collect = (value: unknown, path: string): void => {
      if (typeof value !== 'object' || value === null) return;
      const m = value as Partial<Message<unknown>>;
      if (typeof m.en === 'function') messages.set(path, value as Message<unknown>);
      else for (const [key, inner] of Object.entries(value)) collect(inner, path ? `${path}.${key}` : key);
    };
    collect(catalog, '');
    const problems = entries.flatMap(({ path, text, same }) =>
      problemsOf(text, same, messages.get(path)?.example).map((problem) => `${path}: ${problem}`),
    );
    expect(problems).toEqual([]);
  });

  it('the engine notes (what differs on this engine) read in Indonesian too', () => {
    const problems = textsIn(engineNotes).flatMap(({ path, text }) =>
      problemsOf(text, false, undefined).map((problem) => `${path}: ${problem}`),
    );
    expect(problems).toEqual([]);
  });
});

describe('the walk itself', () => {
  it('fails on a message without Indonesian, left in English, or that drops a name', () => {
    const example = { name: 'web' };
    expect(problemsOf({ en: 'no container named web', id: '' }, false, example)).toContain('no id text');
    expect(problemsOf({ en: 'no container named web', id: 'no container named web' }, false, example)).toContain(
      'the Indonesian is the English',
    );
    expect(problemsOf({ en: 'no container named web', id: 'tidak ada container' }, false, example)).toContain(
      'the Indonesian drops name "web"',
    );
    expect(problemsOf({ en: 'the step was cancelled', id: 'the step dibatalkan' }, false, undefined)).toContain(
      'English left in the Indonesian: "the"',
    );
    expect(problemsOf({ en: 'no container named web', id: 'tidak ada container bernama web' }, false, example)).toEqual(
      [],
    );
  });
});
