/**
 * The fuzz's figures: written to test-results/ on every run, and kept as a table in
 * docs/reliability.md. A run whose figures are worse than the checked-in table fails; a run that is
 * as good or better, with nothing wrong, rewrites the table (commit it with the change that moved it).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface FuzzFigures {
  messagesSent: number;
  refused: number;
  missedRefusals: number;
  unanswered: number;
  engineCallsFromRefused: number;
  escapedRequests: number;
  strayErrors: number;
  serverAlive: boolean;
}

type Row = { key: keyof FuzzFigures; label: string; better: 'higher' | 'lower' };

const rows: Row[] = [
  {
    key: 'messagesSent',
    label: 'messages sent (every operation and stream, broken frames, oversized frames)',
    better: 'higher',
  },
  {
    key: 'refused',
    label: 'refused with a contract error (BAD_INPUT, BAD_MESSAGE, UNKNOWN_OPERATION, close 1009)',
    better: 'higher',
  },
  { key: 'missedRefusals', label: 'messages that had to be refused and were not', better: 'lower' },
  { key: 'unanswered', label: 'requests and broken frames never answered', better: 'lower' },
  { key: 'engineCallsFromRefused', label: 'Engine API requests caused by refused messages', better: 'lower' },
  {
    key: 'escapedRequests',
    label: "Engine API requests with a dot segment, or that left the engine's socket",
    better: 'lower',
  },
  { key: 'strayErrors', label: 'stray errors reported by the process guard', better: 'lower' },
  { key: 'serverAlive', label: 'browser mode still alive and answering at the end', better: 'higher' },
];

const START = '<!-- fuzz-figures:start (written by tests/faults/contract-fuzz.test.ts) -->';
const END = '<!-- fuzz-figures:end -->';

const format = (value: number | boolean) => (typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value));
const parse = (text: string) => (text === 'yes' ? 1 : text === 'no' ? 0 : Number(text));

function table(figures: FuzzFigures): string {
  const lines = rows.map((row) => `| ${row.label} | ${format(figures[row.key])} |`);
  return [START, '| contract fuzz | figure |', '|---|---:|', ...lines, END].join('\n');
}

/** The checked-in figures by label, or an empty map when the table is not there yet. */
function checkedIn(doc: string): Map<string, number> {
  const block = doc.slice(doc.indexOf(START), doc.indexOf(END));
  const cells = [...block.matchAll(/^\| (.+) \| ([^|]+) \|$/gm)].map(
    (m) => [m[1] ?? '', parse((m[2] ?? '').trim())] as const,
  );
  return new Map(cells);
}

/** What got worse against the checked-in table, one line each. */
export function regressions(docPath: string, figures: FuzzFigures): string[] {
  const before = checkedIn(readText(docPath));
  return rows.flatMap((row) => {
    const old = before.get(row.label);
    const now = parse(format(figures[row.key]));
    if (old === undefined || Number.isNaN(old)) return [];
    const worse = row.better === 'higher' ? now < old : now > old;
    return worse ? [`${row.label}: ${format(figures[row.key])}, checked in: ${old}`] : [];
  });
}

/** Figures of a run with nothing wrong: only such a run may write the table. */
export function clean(figures: FuzzFigures): boolean {
  const { missedRefusals, unanswered, engineCallsFromRefused, escapedRequests, strayErrors } = figures;
  return (
    figures.serverAlive && missedRefusals + unanswered + engineCallsFromRefused + escapedRequests + strayErrors === 0
  );
}

/** Puts the figures' table into the document, in place of the old one or at its end. */
export function writeTable(docPath: string, figures: FuzzFigures): void {
  const doc = readText(docPath);
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  const next =
    start >= 0 && end > start
      ? `${doc.slice(0, start)}${table(figures)}${doc.slice(end + END.length)}`
      : `${doc.trimEnd()}\n\n${table(figures)}\n`;
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
