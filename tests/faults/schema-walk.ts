/**
 * Reads the contract's zod schemas: a valid value for any input schema, and every field in it (with
 * what kind of field it is). The fuzz builds its messages from these, so a new operation or field is
 * fuzzed without editing the test; a schema type this walk does not know fails loudly instead.
 */
import type { z } from 'zod';

export type Rng = () => number;

/** mulberry32: small, fast and the same sequence for the same seed on every machine. */
export function seededRng(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/** Where a field sits in the input: object keys, and '[]' for "an element of this array". */
export type FieldPath = string[];

export interface Field {
  path: FieldPath;
  /** The field's schema without its optional/default wrapper. */
  schema: z.ZodType;
  type: string;
  required: boolean;
  /** A string with a pattern, or an enum: a name, an id or a choice, never free text. */
  grammar: boolean;
  /** An enum's values. */
  choices: string[];
}

function unwrap(schema: z.ZodType): { schema: z.ZodType; required: boolean } {
  const def = defOf(schema);
  if (def.type === 'optional' || def.type === 'default')
    return { ...unwrap(def.innerType as z.ZodType), required: false };
  return { schema, required: true };
}

function hasPattern(schema: z.ZodType): boolean {
  const checks = (defOf(schema).checks ?? []) as Array<{ _zod: { def: { format?: string } } }>;
  return checks.some((check) => check._zod.def.format === 'regex');
}

function describeField(schema: z.ZodType, path: FieldPath, required: boolean): Field {
  const def = defOf(schema);
  const choices = def.type === 'enum' ? Object.values(def.entries as Record<string, string>) : [];
  const grammar = def.type === 'enum' || (def.type === 'string' && hasPattern(schema));
  return { path, schema, type: def.type, required, grammar, choices };
}

/** Every field of an input schema, nested objects and array elements included. */
export function fieldsOf(schema: z.ZodType, path: FieldPath = []): Field[] {
  const def = defOf(schema);
  if (def.type === 'object') {
    return Object.entries(def.shape as Record<string, z.ZodType>).flatMap(([key, child]) => {
      const { schema: inner, required } = unwrap(child);
      const field = describeField(inner, [...path, key], required);
      return [field, ...fieldsOf(inner, field.path)];
    });
  }
  if (def.type === 'array') {
    const { schema: element } = unwrap(def.element as z.ZodType);
    const field = describeField(element, [...path, '[]'], false);
    return [field, ...fieldsOf(element, field.path)];
  }
  return [];
}

/** Plausible strings for the field at a path, best first. */
export type Samples = (path: FieldPath) => readonly string[];

/** A valid value for a string field: the first of its samples the schema takes. */
function validString(schema: z.ZodType, candidates: readonly string[], path: FieldPath): string {
  const found = candidates.find((candidate) => schema.safeParse(candidate).success);
  if (found === undefined)
    throw new Error(`no valid sample string for ${path.join('.')}: add one to the fuzz's samples`);
  return found;
}

/** A valid value for the schema, every optional field included (leaving one out is a mutation). */
export function validValue(schema: z.ZodType, rng: Rng, samples: Samples, path: FieldPath = []): unknown {
  const def = defOf(schema);
  const bounds = schema as unknown as { minValue: number | null; maxValue: number | null; isInt: boolean };
  switch (def.type) {
    case 'object':
      return Object.fromEntries(
        Object.entries(def.shape as Record<string, z.ZodType>).map(([k, v]) => [
          k,
          validValue(v, rng, samples, [...path, k]),
        ]),
      );
    case 'optional':
    case 'default':
      return validValue(def.innerType as z.ZodType, rng, samples, path);
    case 'string':
      return validString(schema, samples(path), path);
    case 'number': {
      const min = bounds.minValue ?? -1000;
      const max = bounds.maxValue ?? 1000;
      return bounds.isInt ? min + Math.floor(rng() * (max - min + 1)) : min + rng() * (max - min);
    }
    case 'enum':
      return pick(rng, Object.values(def.entries as Record<string, string>));
    case 'literal':
      return (def.values as unknown[])[0];
    case 'boolean':
      return rng() < 0.5;
    case 'null':
      return null;
    case 'array':
      return Array.from({ length: 1 + Math.floor(rng() * 2) }, () =>
        validValue(def.element as z.ZodType, rng, samples, [...path, '[]']),
      );
    case 'union':
      return validValue(pick(rng, def.options as z.ZodType[]), rng, samples, path);
    default:
      throw new Error(`the fuzz cannot make a value of zod type "${def.type}": teach tests/faults/schema-walk.ts`);
  }
}

/** A copy of `value` with the field at `path` set (arrays: their first element) or, for undefined, removed. */
export function withField(value: unknown, path: FieldPath, replacement: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return replacement;
  if (head === '[]') {
    const items = Array.isArray(value) && value.length > 0 ? value : [undefined];
    return [withField(items[0], rest, replacement), ...items.slice(1)];
  }
  const copy = { ...(value as Record<string, unknown>) };
  const next = withField(Object.hasOwn(copy, head) ? copy[head] : undefined, rest, replacement);
  if (next === undefined) delete copy[head];
  else setOwn(copy, head, next);
  return copy;
}

/** Sets an own, enumerable key, even `__proto__` (an assignment would change the prototype instead). */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
