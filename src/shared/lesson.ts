/** Lessons are data (resources/lessons/*.json); these schemas define and validate them. */
import { z } from 'zod';
import { actionSpecSchema, runSpecSchema } from './actions';

export const languages = ['en', 'id'] as const;
export type Language = (typeof languages)[number];

/** Every text a learner reads exists in English and Indonesian. */
export const textSchema = z.object({ en: z.string().min(1), id: z.string().min(1) });
export type Text = z.infer<typeof textSchema>;

const name = z.string().min(1);

/** Checks read the engine's real state after an action; each kind is implemented in src/main/lessons/checks. */
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

export const lessonActionSchema = z.object({
  spec: actionSpecSchema,
  /** Lines typed into an interactive (-it) session when the runner drives it without a person. */
  input: z.array(z.string()).optional(),
  checks: z.array(lessonCheckSchema).default([]),
});
export type LessonAction = z.infer<typeof lessonActionSchema>;

export const lessonStepSchema = z.object({
  id: name,
  title: textSchema,
  /** Markdown. */
  explanation: textSchema,
  actions: z.array(lessonActionSchema).min(1),
});
export type LessonStep = z.infer<typeof lessonStepSchema>;

/** An image the app builds from a folder under resources/ instead of pulling it. */
export const localImageSchema = z.object({ image: name, context: name });
export type LocalImage = z.infer<typeof localImageSchema>;

export const lessonSchema = z.object({
  id: name,
  title: textSchema,
  summary: textSchema,
  /** Whether the lesson relies on legacy links (refused by Podman). */
  usesLegacyLinks: z.boolean().default(false),
  localImages: z.array(localImageSchema).default([]),
  /** The redis-cli console of the lesson: an interactive (-it) run, opened on a real TTY. */
  console: runSpecSchema.optional(),
  steps: z.array(lessonStepSchema).min(1),
});
export type Lesson = z.infer<typeof lessonSchema>;
