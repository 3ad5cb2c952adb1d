/** Engine API paths built from names and ids that stay one path segment each, whatever they contain. */
import { EngineRefError } from './errors';

const MAX_REF = 512;

/** Encodes one reference as one segment; refuses what the engine's router would clean or redirect. */
export function segment(value: string): string {
  if (value === '' || value === '.' || value === '..' || value.length > MAX_REF) throw new EngineRefError(value);
  return encodeURIComponent(value);
}

/** enginePath`/containers/${id}/json`: every interpolated value becomes exactly one encoded segment. */
export function enginePath(strings: TemplateStringsArray, ...values: string[]): string {
  return strings.reduce((path, part, i) => path + part + (i < values.length ? segment(values[i] as string) : ''), '');
}

export type Query = Record<string, string | number | boolean | undefined>;

/** `?a=1&b=x` for the defined values, '' when there are none. */
export function queryString(query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined) params.append(key, String(value));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The defined values only, as recorded for "under the hood". */
export function definedQuery(query: Query = {}): Record<string, string | number | boolean> | undefined {
  const entries = Object.entries(query).filter(
    (entry): entry is [string, string | number | boolean] => entry[1] !== undefined,
  );
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}
