/** Engine API paths built from names and ids that stay one path segment each, whatever they contain. */
import { EngineRefError } from './errors';

const MAX_REF = 512;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds
const CONTROL = /[\u0000-\u001f\u007f]/;

/** An image reference in a path: the one kind of reference that may hold slashes (`library/redis`). */
export class ImageRef {
  constructor(readonly value: string) {}
}

/**
 * Encodes one reference. dockerd decodes the path before it cleans it, so what it would clean or
 * redirect (a `.` or `..` segment, a slash outside image references, a control character) is refused.
 */
export function segment(ref: string | ImageRef): string {
  const value = ref instanceof ImageRef ? ref.value : ref;
  const parts = ref instanceof ImageRef ? value.split('/') : [value];
  const bad =
    value.length > MAX_REF ||
    CONTROL.test(value) ||
    (!(ref instanceof ImageRef) && value.includes('/')) ||
    parts.some((part) => part === '' || part === '.' || part === '..');
  if (bad) throw new EngineRefError(value);
  return encodeURIComponent(value);
}

/** enginePath`/containers/${id}/json`: every interpolated value becomes exactly one encoded segment. */
export function enginePath(strings: TemplateStringsArray, ...values: Array<string | ImageRef>): string {
  return strings.reduce(
    (path, part, i) => path + part + (i < values.length ? segment(values[i] as string | ImageRef) : ''),
    '',
  );
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
