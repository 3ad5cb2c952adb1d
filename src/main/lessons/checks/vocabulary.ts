/**
 * The checks a lesson can ask for, by kind, with their parameters. Each kind is implemented in this
 * folder; a lesson file names them in its actions' "checks".
 */
import { textSchema } from '@shared/lesson';
import { z } from 'zod';

const name = z.string().min(1);

export const checkSpecSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('exit-code'), code: z.number().int().default(0) }),
  z.object({ kind: z.literal('container-running'), container: name }),
  z.object({ kind: z.literal('link-env'), alias: name, target: name }),
  z.object({ kind: z.literal('no-link-env'), alias: name }),
  z.object({ kind: z.literal('hosts-link-entry'), alias: name, target: name }),
  z.object({ kind: z.literal('hosts-no-peer'), peer: name }),
  z.object({ kind: z.literal('embedded-dns'), network: name }),
  z.object({ kind: z.literal('ping-reply'), target: name, network: name.optional() }),
  z.object({ kind: z.literal('network-exists'), network: name }),
  z.object({ kind: z.literal('attached'), container: name, network: name, alias: name.optional() }),
  z.object({ kind: z.literal('not-attached'), container: name, network: name }),
  z.object({ kind: z.literal('port-published'), port: z.number().int() }),
  z.object({ kind: z.literal('app-ready'), port: z.number().int() }),
  z.object({ kind: z.literal('request-counted'), redis: name }),
  z.object({ kind: z.literal('redis-keys'), keys: z.array(name).min(1) }),
  z.object({ kind: z.literal('output-lists'), items: z.array(name).min(1) }),
  z.object({ kind: z.literal('app-cannot-reach-redis'), port: z.number().int() }),
]);
export type CheckSpec = z.infer<typeof checkSpecSchema>;
export type CheckKind = CheckSpec['kind'];

export const lessonCheckSchema = z.intersection(z.object({ id: name, explain: textSchema }), checkSpecSchema);
export type LessonCheck = z.infer<typeof lessonCheckSchema>;

/** Check parameters that name an engine object, by what they name. */
const namingFields = {
  container: 'container',
  target: 'container',
  peer: 'container',
  redis: 'container',
  network: 'network',
  service: 'service',
} as const;

export type NamedObject = { kind: (typeof namingFields)[keyof typeof namingFields]; name: string };

/** The containers, networks and services a check reads by name (a lesson must create each of them). */
export function objectsNamedBy(check: CheckSpec): NamedObject[] {
  return Object.entries(check).flatMap(([field, value]) => {
    const kind = namingFields[field as keyof typeof namingFields];
    return kind && typeof value === 'string' ? [{ kind, name: value }] : [];
  });
}
