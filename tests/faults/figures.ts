/**
 * The fault suite's figures: each suite writes its own to test-results/ on every run, and keeps them
 * as a table in docs/reliability.md. A run whose figures are worse than the checked-in table fails; a
 * run that is as good or better, with nothing wrong, rewrites the table (commit it with the change
 * that moved it).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export type Figure = number | boolean;

export interface Row<T> {
  key: keyof T & string;
  label: string;
  better: 'higher' | 'lower';
}

/** One table of docs/reliability.md: its name (the marker), its title column, and its rows. */
export interface FigureTable<T extends Record<string, Figure>> {
  name: string;
  title: string;
  /** Written by (named in the marker, so a reader finds the test). */
  writer: string;
  rows: Row<T>[];
}

const start = (table: FigureTable<never>) => `<!-- ${table.name}:start (written by ${table.writer}) -->`;
const end = (table: FigureTable<never>) => `<!-- ${table.name}:end -->`;
const format = (value: Figure) => (typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value));
const parse = (text: string) => (text === 'yes' ? 1 : text === 'no' ? 0 : Number(text));

function render<T extends Record<string, Figure>>(table: FigureTable<T>, figures: T): string {
  const anyTable = table as unknown as FigureTable<never>;
  const lines = table.rows.map((row) => `| ${row.label} | ${format(figures[row.key] as Figure)} |`);
  return [start(anyTable), `| ${table.title} | figure |`, '|---|---:|', ...lines, end(anyTable)].join('\n');
}

/** The checked-in figures of one table, by label (empty when the table is not there yet). */
function checkedIn<T extends Record<string, Figure>>(doc: string, table: FigureTable<T>): Map<string, number> {
  const anyTable = table as unknown as FigureTable<never>;
  const from = doc.indexOf(start(anyTable));
  if (from < 0) return new Map();
  const block = doc.slice(from, doc.indexOf(end(anyTable), from));
  return new Map(
    [...block.matchAll(/^\| (.+) \| ([^|]+) \|$/gm)].map((m) => [m[1] ?? '', parse((m[2] ?? '').trim())] as const),
  );
}

/** What got worse against the checked-in table, one line each. */
export function regressions<T extends Record<string, Figure>>(docPath: string, table: FigureTable<T>, figures: T) {
  const before = checkedIn(readText(docPath), table);
  return table.rows.flatMap((row) => {
    const old = before.get(row.label);
    const now = parse(format(figures[row.key] as Figure));
    if (old === undefined || Number.isNaN(old)) return [];
    const worse = row.better === 'higher' ? now < old : now > old;
    return worse ? [`${row.label}: ${format(figures[row.key] as Figure)}, checked in: ${old}`] : [];
  });
}

/** Puts the table into the document, in place of the old one or at its end. */
export function writeTable<T extends Record<string, Figure>>(docPath: string, table: FigureTable<T>, figures: T) {
  const anyTable = table as unknown as FigureTable<never>;
  const doc = readText(docPath);
  const from = doc.indexOf(start(anyTable));
  const to = doc.indexOf(end(anyTable), from);
  const next =
    from >= 0 && to > from
      ? `${doc.slice(0, from)}${render(table, figures)}${doc.slice(to + end(anyTable).length)}`
      : `${doc.trimEnd()}\n\n${render(table, figures)}\n`;
  if (next !== doc) writeFileSync(docPath, next);
}

export function writeJson(path: string, data: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(data, null, 2)}\n`);
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

const repoRoot = resolve(__dirname, '../..');
export const reliabilityDoc = join(repoRoot, 'docs/reliability.md');

/**
 * Keeps a run's figures: test-results/<table>.json always (with `extra` facts beside them); the table
 * in docs/reliability.md when nothing got worse and the run was `clean`. Returns what got worse (a test
 * expects it empty).
 */
export function keepFigures<T extends Record<string, Figure>>(
  table: FigureTable<T>,
  figures: T,
  options: { clean?: boolean; extra?: Record<string, unknown> } = {},
): string[] {
  writeJson(join(repoRoot, 'test-results', `${table.name}.json`), { ...options.extra, ...figures });
  const worse = regressions(reliabilityDoc, table, figures);
  if (worse.length === 0 && (options.clean ?? true)) writeTable(reliabilityDoc, table, figures);
  return worse;
}
