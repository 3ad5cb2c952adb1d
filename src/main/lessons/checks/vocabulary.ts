/**
 * The checks a lesson can ask for, by kind, with their parameters. Each kind is implemented in this
 * folder; a lesson file names them in its actions' "checks". A check with a `node` reads that playground
 * node's engine; without one, the engine the action ran on.
 */
import { textSchema } from '@shared/lesson';
import { z } from 'zod';

const name = z.string().min(1);
const node = name.optional();

/** How many groups a regular expression has, or -1 when it does not compile. */
function groupsIn(source: string): number {
  try {
    // An empty alternative matches the empty string, and the match lists every group.
    return (new RegExp(`${source}|`).exec('')?.length ?? 0) - 1;
  } catch {
    return -1;
  }
}

/** A regular expression's source (JavaScript syntax), without slashes. */
const pattern = z
  .string()
  .min(1)
  .refine((source) => groupsIn(source) >= 0, 'not a valid regular expression');
const flags = z.string().regex(/^[imsu]*$/, 'only the flags i, m, s and u');
const command = z.array(z.string().min(1)).min(1);

export const checkSpecSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('exit-code'), code: z.number().int().default(0) }),
  z.object({
    kind: z.literal('output-matches'),
    pattern,
    stream: z.enum(['stdout', 'stderr', 'any']).default('any'),
    flags: flags.optional(),
    absent: z.boolean().default(false),
  }),
  z.object({ kind: z.literal('output-lists'), items: z.array(name).min(1) }),
  z.object({ kind: z.literal('container-running'), container: name, node }),
  z.object({ kind: z.literal('link-env'), alias: name, target: name }),
  z.object({ kind: z.literal('no-link-env'), alias: name }),
  z.object({ kind: z.literal('hosts-link-entry'), alias: name, target: name }),
  z.object({ kind: z.literal('hosts-no-peer'), peer: name }),
  z.object({ kind: z.literal('embedded-dns'), network: name }),
  z.object({ kind: z.literal('ping-reply'), target: name, network: name.optional() }),
  z.object({ kind: z.literal('network-exists'), network: name, driver: name.optional(), node }),
  z.object({ kind: z.literal('attached'), container: name, network: name, alias: name.optional(), node }),
  z.object({ kind: z.literal('not-attached'), container: name, network: name, node }),
  z.object({ kind: z.literal('port-published'), port: z.number().int() }),
  z.object({
    kind: z.literal('inspect'),
    object: z.enum(['container', 'network', 'service']),
    name,
    node,
    path: z.string().regex(/^[^.]+(\.[^.]+)*$/, 'a dot path such as Spec.EndpointSpec.Mode'),
    equals: z.union([z.string(), z.number(), z.boolean()]).optional(),
    matches: pattern.optional(),
  }),
  z.object({
    kind: z.literal('exec'),
    container: name,
    command,
    node,
    exitCode: z.number().int().default(0),
    output: pattern.optional(),
  }),
  z.object({
    kind: z.literal('http'),
    port: z.number().int().min(1).max(65535),
    path: z.string().startsWith('/').default('/'),
    method: z
      .string()
      .regex(/^[A-Z]+$/)
      .default('GET'),
    status: z.number().int().optional(),
    body: pattern.optional(),
    retryForMs: z.number().int().positive().max(120_000).optional(),
  }),
  z.object({
    kind: z.literal('counts-up'),
    read: z.object({ container: name, command, node }),
    pattern: pattern.refine((source) => groupsIn(source) === 1, 'needs exactly one group: the number'),
    by: z.number().int().default(1),
  }),
  z.object({
    kind: z.literal('resolves'),
    name,
    from: z.object({ network: name, node }),
    expect: z.enum(['resolves', 'not-resolves']).default('resolves'),
    address: z.object({ container: name, network: name, node }).optional(),
  }),
  z.object({ kind: z.literal('service-tasks'), service: name, running: z.number().int().min(0), node }),
  z.object({
    kind: z.literal('service-vip'),
    service: name,
    network: name,
    port: z.number().int().min(1).max(65535),
    /** A manager, to read the service's virtual IP. */
    node,
    /** The node the service is asked from. */
    from: node,
  }),
  z.object({
    kind: z.literal('published-on-nodes'),
    service: name,
    port: z.number().int().min(1).max(65535),
    /** A manager: reads the service, and asks each node from its network. */
    node,
    /** The nodes that must answer on the published port (by their names on the nodes' network). */
    on: z.array(name).min(1),
  }),
]);
export type CheckSpec = z.infer<typeof checkSpecSchema>;
export type CheckKind = CheckSpec['kind'];
export type CheckOf<K extends CheckKind> = Extract<CheckSpec, { kind: K }>;

export const lessonCheckSchema = z.intersection(z.object({ id: name, explain: textSchema }), checkSpecSchema);
export type LessonCheck = z.infer<typeof lessonCheckSchema>;

/** Check parameters that name an engine object, by what they name. */
const namingFields = {
  container: 'container',
  target: 'container',
  peer: 'container',
  network: 'network',
  service: 'service',
} as const;

type ObjectKind = (typeof namingFields)[keyof typeof namingFields];

/**
 * How a check uses an object: it reads it, runs a command in it (a container named beside a `command`),
 * or starts a throwaway container on it (the network a `resolves` check resolves `from`).
 */
export type ObjectUse = 'reads' | 'runs-in' | 'joins';

export interface NamedObject {
  kind: ObjectKind;
  name: string;
  use: ObjectUse;
  /** The playground node whose engine holds it; the action's engine when undefined. */
  node?: string;
}

type Fields = Record<string, unknown>;

function isFields(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `name` names an object only beside an `object` that says which kind (the inspect check's). */
function kindOf(field: string, fields: Fields): ObjectKind | undefined {
  if (field === 'name') return typeof fields.object === 'string' ? (fields.object as ObjectKind) : undefined;
  return namingFields[field as keyof typeof namingFields];
}

function usageOf(kind: ObjectKind, fields: Fields, parent: string | undefined): ObjectUse {
  if (kind === 'container' && 'command' in fields) return 'runs-in';
  if (kind === 'network' && parent === 'from') return 'joins';
  return 'reads';
}

function namedIn(fields: Fields, parent: string | undefined, node: string | undefined): NamedObject[] {
  const here = typeof fields.node === 'string' ? fields.node : node;
  return Object.entries(fields).flatMap(([field, value]): NamedObject[] => {
    if (isFields(value)) return namedIn(value, field, here);
    const kind = kindOf(field, fields);
    if (!kind || typeof value !== 'string') return [];
    return [{ kind, name: value, use: usageOf(kind, fields, parent), ...(here ? { node: here } : {}) }];
  });
}

/** The containers, networks and services a check names (a lesson must create each of them), and how it uses them. */
export function objectsNamedBy(check: CheckSpec): NamedObject[] {
  return namedIn(check, undefined, undefined);
}
