/// <reference types="vite/client" />
/**
 * Every string the learner reads exists in English and Indonesian: each strings.ts of the renderer's
 * features and shell has the same keys in both languages, and no empty text.
 */
import { describe, expect, it } from 'vitest';

// Lazy, so nothing of the renderer runs at import time in Node.
const files = import.meta.glob([
  '../../../src/renderer/src/features/**/strings.ts',
  '../../../src/renderer/src/app/**/strings.ts',
]);

type Table = { en: Record<string, unknown>; id: Record<string, unknown> };

function isTable(value: unknown): value is Table {
  const table = value as Partial<Table> | null;
  return !!table && typeof table.en === 'object' && !!table.en && typeof table.id === 'object' && !!table.id;
}

/** "a.b.c" → text, for tables nested the way i18next allows. */
function flatten(strings: Record<string, unknown>, prefix = ''): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(strings).flatMap(([key, value]) =>
      value && typeof value === 'object'
        ? Object.entries(flatten(value as Record<string, unknown>, `${prefix}${key}.`))
        : [[`${prefix}${key}`, value]],
    ),
  );
}

const placeholders = (text: unknown) => [...String(text).matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

describe('renderer strings', () => {
  it('finds the strings files', () => {
    expect(Object.keys(files).length).toBeGreaterThanOrEqual(3);
  });

  for (const [path, load] of Object.entries(files)) {
    const name = path.replace('../../../src/renderer/src/', '');
    it(`${name}: English and Indonesian have the same keys and no empty text`, async () => {
      const module = (await load()) as Record<string, unknown>;
      const tables = Object.values(module).filter(isTable);
      expect(tables.length, 'exports {en, id}').toBeGreaterThan(0);
      for (const table of tables) {
        const en = flatten(table.en);
        const id = flatten(table.id);
        expect(Object.keys(id).sort()).toEqual(Object.keys(en).sort());
        for (const [key, text] of Object.entries({ ...en, ...id })) {
          expect(typeof text === 'string' && text.trim().length > 0, `${key} is a non-empty string`).toBe(true);
        }
        for (const key of Object.keys(en)) {
          expect(placeholders(id[key]), `${key} has the same {{placeholders}}`).toEqual(placeholders(en[key]));
        }
      }
    });
  }
});
