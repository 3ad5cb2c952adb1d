/**
 * The fuzz's messages, from the contract's own schemas: for every operation and stream, valid-shaped
 * inputs with one thing wrong (a hostile string, a wrong type, a missing or extra key, a huge or
 * deeply nested value), plus broken envelopes, unknown operations and frames that are not JSON.
 * Each says whether the contract must refuse it; the rest may be answered in any way but answered.
 */

import type { z } from 'zod';
import { loadLessons } from '../../src/main/lessons/catalog';
import type { Lesson } from '../../src/main/lessons/model/types';
import { operations, streams } from '../../src/shared/contract';
import {
  type Field,
  type FieldPath,
  fieldsOf,
  pick,
  type Rng,
  type Samples,
  setOwn,
  validValue,
  withField,
} from './schema-walk';

export interface FuzzMessage {
  label: string;
  /** Exactly what goes over the wire (a text frame, or bytes for a binary frame). */
  frame: string | Buffer;
  /** 'refused': the contract must refuse it with one of its own codes. 'any': anything, but answered. */
  expect: 'refused' | 'any';
  /** For a sound envelope: what it is and its id, to match the reply. */
  kind: 'req' | 'sub' | 'other';
  id?: number;
}

/** Stands for a value too deep for JSON.stringify; frameOf() writes it out as text. */
const deep = (depth: number) => `\u0000deep:${depth}\u0000`;

function frameOf(message: unknown): string {
  return JSON.stringify(message).replace(/"\\u0000deep:(\d+)\\u0000"/g, (_m, depth: string) => {
    const n = Number(depth);
    return `${'['.repeat(n)}${']'.repeat(n)}`;
  });
}

/** Strings that try to leave a URL path segment, or to break what reads them. */
export function hostileStrings(trapPort: number): Array<[string, string]> {
  return [
    ['dot-dot', '..'],
    ['dot', '.'],
    ['dot-dot-slash', '../x'],
    ['redirect to the trap', `../127.0.0.1:${trapPort}/steal`],
    ['the report', '../127.0.0.1:18999/steal'],
    ['deep traversal', `${'../'.repeat(5)}etc/passwd`],
    ['slash', '/'],
    ['inner slash', 'backend-network/../../containers/json'],
    ['leading slash', '/containers/json'],
    ['backslash', '..\\..\\x'],
    ['%2F', 'a%2Fb'],
    ['%2e%2e', '%2e%2e'],
    ['%2e%2e%2f', '%2e%2e%2f127.0.0.1:18999'],
    ['double-encoded', '%252e%252e'],
    ['query', 'redis?force=1'],
    ['fragment', 'redis#x'],
    ['NUL', '\u0000'],
    ['inner NUL', 'redis\u0000x'],
    ['CRLF', 'redis\r\nHost: evil'],
    ['tab', '\t'],
    ['space', ' '],
    ['accent', 'rédis'],
    ['CJK', '网络'],
    ['emoji', '🐳'],
    ['RTL override', '\u202eredis'],
    ['lone surrogate', '\ud800'],
    ['fullwidth dots', '．．'],
    ['one-dot leaders', '\u2024\u2024'],
    ['empty', ''],
    ['129 chars', 'n'.repeat(129)],
    ['10k chars', 'x'.repeat(10_000)],
    ['200k chars', 'y'.repeat(200_000)],
    ['0', '0'],
    ['80', '80'],
    ['-1', '-1'],
    ['1e3', '1e3'],
    ['NaN', 'NaN'],
    ['Infinity', 'Infinity'],
    ['legal inner dots', 'a..b'],
    ['hex id', '0123456789ab'],
    ['__proto__', '__proto__'],
    ['constructor', 'constructor'],
    ['leading hyphen', '-rm'],
    ['URL', 'http://127.0.0.1:18999/'],
    ['socket URL', 'unix:///var/run/docker.sock'],
  ];
}

/** Anything a URL path segment must not carry, whatever a field's exact grammar is. */
const pathTrick = (s: string) => s === '' || s.startsWith('.') || s.length > 128 || /[^A-Za-z0-9_.-]/.test(s);

const jsonType = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
/** The JSON type a zod type takes (an enum is a string). */
const jsonTypeOf: Record<string, string> = { string: 'string', enum: 'string', number: 'number', boolean: 'boolean' };

/** Values of another JSON type than the field's, and numbers outside its bounds. */
function wrongValues(field: Field): unknown[] {
  const others = [0, 1.5, -1, true, null, [], {}, ['links'], 'links', '80'];
  const type = jsonTypeOf[field.type] ?? field.type;
  const bounds = field.schema as unknown as { minValue?: number | null; maxValue?: number | null };
  const outOfRange =
    field.type === 'number'
      ? [(bounds.minValue ?? -1e308) - 1, (bounds.maxValue ?? 1e308) + 1, 1e308, -1e308, 2.5]
      : [];
  return [
    ...others.filter((v) => jsonType(v) !== type),
    ...outOfRange.filter((v) => !field.schema.safeParse(v).success),
  ];
}

type Envelope = (payload: unknown) => { message: Record<string, unknown>; kind: 'req' | 'sub'; id: number };

interface Target {
  name: string;
  schema: z.ZodType;
  envelope: Envelope;
}

/** Numbers every message: ids are unique, so a reply is matched to its message. */
function counter(start: number): () => number {
  let next = start;
  return () => next++;
}

function targets(nextId: () => number): Target[] {
  const req =
    (op: string): Envelope =>
    (input) => {
      const id = nextId();
      return { message: { t: 'req', id, op, input }, kind: 'req', id };
    };
  const sub =
    (stream: string): Envelope =>
    (params) => {
      const id = nextId();
      return { message: { t: 'sub', id, stream, params }, kind: 'sub', id };
    };
  return [
    ...Object.entries(operations).map(([name, { input }]) => ({ name, schema: input, envelope: req(name) })),
    ...Object.entries(streams).map(([name, { input }]) => ({
      name: `stream ${name}`,
      schema: input,
      envelope: sub(name),
    })),
  ];
}

function mutations(target: Target, base: unknown, hostile: Array<[string, string]>, names: Set<string>) {
  const out: Array<{ label: string; payload: unknown; refused: boolean }> = [];
  const add = (label: string, payload: unknown, refused: boolean) => out.push({ label, payload, refused });
  const fields = fieldsOf(target.schema);
  for (const field of fields) {
    const at = field.path.join('.');
    for (const [name, value] of hostile) {
      const namesSomething = field.grammar || names.has(keyOf(field.path)) || /Id$/.test(keyOf(field.path));
      const mustRefuse =
        (namesSomething && pathTrick(value)) ||
        (field.type === 'enum' && !field.choices.includes(value)) ||
        !['string', 'enum'].includes(field.type);
      add(`${at} = ${name}`, withField(base, field.path, value), mustRefuse);
    }
    for (const value of wrongValues(field))
      add(`${at} = ${JSON.stringify(value)}`, withField(base, field.path, value), true);
    add(`${at} nested 100k deep`, withField(base, field.path, deep(100_000)), true);
    if (!field.path.includes('[]')) add(`${at} missing`, withField(base, field.path, undefined), field.required);
  }
  for (const key of ['cmd', '__proto__', 'constructor', 'Image', 'k'.repeat(1000)]) {
    const payload = { ...(base as Record<string, unknown>) };
    setOwn(payload, key, 'docker rm -f $(docker ps -aq)');
    add(`extra key ${key.slice(0, 20)}`, payload, true);
  }
  const required = fields.some((f) => f.required && f.path.length === 1);
  for (const [label, payload, refused] of [
    ['input null', null, required],
    ['input omitted', undefined, required],
    ['input {}', {}, required],
    ['input a string', 'links', true],
    ['input a number', 42, true],
    ['input an array', [base], true],
    ['input nested 100k deep', deep(100_000), true],
  ] as const) {
    add(label, payload, refused);
  }
  return out;
}

/** The key a field is known by: `completed` for `completed.[]`. */
const keyOf = (path: FieldPath) => path.filter((part) => part !== '[]').at(-1) ?? '';

/**
 * Keys under which the lessons hold only names (network, container, lesson, step...): a contract field
 * with such a key names something, whatever its schema says, so a path trick there must be refused.
 */
function nameKeys(lesson: Lesson): Set<string> {
  const nameShaped = (value: string) => /^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(value);
  return new Set([...lessonValues(lesson)].filter(([, values]) => values.every(nameShaped)).map(([key]) => key));
}

/** Every string the lesson holds under each key of its actions (`network`, `container`...), plus its ids. */
function lessonValues(lesson: Lesson): Map<string, string[]> {
  const found = new Map<string, Set<string>>();
  const walk = (value: unknown, key: string): void => {
    if (typeof value === 'string') found.set(key, (found.get(key) ?? new Set()).add(value));
    else if (Array.isArray(value)) for (const item of value) walk(item, key);
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  for (const step of lesson.steps) for (const action of step.actions) walk(action.spec, '');
  const steps = lesson.steps.map((step) => step.id);
  const values = new Map([...found].map(([key, set]) => [key, [...set]]));
  for (const key of ['step', 'completed', 'current']) values.set(key, steps);
  return values.set('lesson', [lesson.id]);
}

/**
 * Valid bases reach as far as they can: a field named as in the lesson (lesson, step, network,
 * container...) gets the lesson's own values, any other string field a generic one its schema takes.
 */
function samplesFor(lesson: Lesson, rng: Rng): Samples {
  const hex = (n: number) => Array.from({ length: n }, () => pick(rng, [...'0123456789abcdef'])).join('');
  const generic = [`${hex(8)}-${hex(4)}-4${hex(3)}-8${hex(3)}-${hex(12)}`, 'PING\r', 'hello'];
  const values = lessonValues(lesson);
  return (path) => {
    const own = values.get(keyOf(path)) ?? [];
    const start = Math.floor(rng() * own.length);
    return [...own.slice(start), ...own.slice(0, start), ...generic];
  };
}

/** Every operation and stream, once from a valid base in each lesson. */
export function contractMessages(rng: Rng, trapPort: number): FuzzMessage[] {
  const nextId = counter(1);
  const hostile = hostileStrings(trapPort);
  const out: FuzzMessage[] = [];
  for (const lesson of loadLessons()) {
    for (const target of targets(nextId)) {
      const base = validValue(target.schema, rng, samplesFor(lesson, rng));
      for (const { label, payload, refused } of mutations(target, base, hostile, nameKeys(lesson))) {
        const { message, kind, id } = target.envelope(payload);
        out.push({
          label: `${target.name}: ${label}`,
          frame: frameOf(message),
          expect: refused ? 'refused' : 'any',
          kind,
          id,
        });
      }
    }
  }
  return [...out, ...envelopeMessages(rng, nextId)];
}

/** Broken envelopes, unknown operations and streams, frames that are not JSON at all. */
function envelopeMessages(rng: Rng, nextId: () => number): FuzzMessage[] {
  const refused = (label: string, frame: string | Buffer): FuzzMessage => ({
    label,
    frame,
    expect: 'refused',
    kind: 'other',
  });
  const notJson = [
    '',
    ' ',
    '{',
    '}',
    'null',
    'true',
    '42',
    '"req"',
    '[]',
    '[1,2]',
    '{"t":"req"',
    'undefined',
    'NaN',
    '\u0000',
  ];
  const badEnvelopes: unknown[] = [
    { id: 1, op: 'engine.status' },
    { t: 'exec', id: 2, cmd: 'rm -rf /' },
    { t: 'req', id: '1', op: 'engine.status', input: {} },
    { t: 'req', id: -1, op: 'engine.status', input: {} },
    { t: 'req', id: 1.5, op: 'engine.status', input: {} },
    { t: 'req', id: 1e300, op: 'engine.status', input: {} },
    { t: 'req', id: null, op: 'engine.status', input: {} },
    { t: 'req', id: 3, input: {} },
    { t: 'req', id: 3, op: 5, input: {} },
    { t: 'req', id: 3, op: null, input: {} },
    { t: 'sub', id: 4, params: {} },
    { t: 'sub', id: 4, stream: ['logs'], params: {} },
    { t: 'unsub', id: -5 },
    { t: 'unsub', id: 'all' },
    { t: ['req'], id: 6, op: 'engine.status' },
  ];
  const unknownNames = [
    'docker.containers.remove',
    'engine.raw',
    'constructor',
    '__proto__',
    'toString',
    'hasOwnProperty',
    'valueOf',
    'engine.status ',
    'ENGINE.STATUS',
    'engine.status\u0000',
    '../engine.status',
    'engine/../status',
    '',
    'o'.repeat(100_000),
  ];
  const unknown = unknownNames.flatMap((name): FuzzMessage[] => {
    const reqId = nextId();
    const subId = nextId();
    return [
      {
        label: `unknown op ${JSON.stringify(name.slice(0, 30))}`,
        frame: frameOf({ t: 'req', id: reqId, op: name, input: {} }),
        expect: 'refused',
        kind: 'req',
        id: reqId,
      },
      {
        label: `unknown stream ${JSON.stringify(name.slice(0, 30))}`,
        frame: frameOf({ t: 'sub', id: subId, stream: name, params: {} }),
        expect: 'refused',
        kind: 'sub',
        id: subId,
      },
    ];
  });
  const binary = Array.from({ length: 20 }, (_, i) =>
    refused(
      `binary frame ${i}`,
      Buffer.from(Array.from({ length: 1 + Math.floor(rng() * 512) }, () => Math.floor(rng() * 256))),
    ),
  );
  return [
    ...notJson.map((text) => refused(`not JSON ${JSON.stringify(text)}`, text)),
    refused('not JSON, 500k', `{${'x'.repeat(500_000)}`),
    refused('100k deep frame', frameOf(deep(100_000))),
    ...badEnvelopes.map((message) => refused(`bad envelope ${JSON.stringify(message)}`, frameOf(message))),
    ...unknown,
    ...binary,
  ];
}
