/** What running a lesson step produces: output, checks, Engine API calls, progress. */
import { z } from 'zod';
import { textSchema } from './lesson';

/** One Engine API request, as shown in the "Under the hood" view. */
export const apiCallSchema = z.object({
  method: z.string(),
  path: z.string(),
  query: z.record(z.string(), z.unknown()).optional(),
  body: z.unknown().optional(),
});
export type ApiCall = z.infer<typeof apiCallSchema>;

export const outputStreamSchema = z.enum(['stdout', 'stderr']);
export type OutputStream = z.infer<typeof outputStreamSchema>;

export const outputChunkSchema = z.object({ stream: outputStreamSchema, text: z.string() });
export type OutputChunk = z.infer<typeof outputChunkSchema>;

export const checkResultSchema = z.object({
  id: z.string(),
  ok: z.boolean(),
  /** What was actually found, e.g. "REDIS_PORT_6379_TCP_ADDR=172.17.0.2 and redis-server is 172.17.0.2" (English, for logs). */
  detail: z.string(),
  /** The same in English and Indonesian, as the learner reads it (absent in results stored before it existed). */
  detailText: textSchema.optional(),
  /** What the check verifies and why it matters (from the lesson). */
  explain: textSchema,
  /** Set when the engine behaves differently from the lesson's engine and the check adapted. */
  note: textSchema.optional(),
  /** When the check failed: the next thing to try. */
  hint: textSchema.optional(),
});
export type CheckResult = z.infer<typeof checkResultSchema>;

/** A running container the app created for another lesson that publishes the host port a step needs (lesson.freePort stops it). */
export const portHolderSchema = z.object({ lesson: z.string(), container: z.string(), port: z.number() });
export type PortHolder = z.infer<typeof portHolderSchema>;

export const appErrorInfoSchema = z.object({
  code: z.string(),
  message: z.string(),
  fix: z.string().optional(),
  messageText: textSchema.optional(),
  fixText: textSchema.optional(),
  holder: portHolderSchema.optional(),
});

export const actionResultSchema = z.object({
  lesson: z.string(),
  step: z.string(),
  /** Index of the action within its step. */
  action: z.number(),
  /** The docker CLI text this action equals. */
  command: z.string(),
  exitCode: z.number().nullable(),
  output: z.array(outputChunkSchema),
  /** Warnings the engine returned (e.g. deprecated links on Docker 29.6+), shown like the CLI's WARNING: lines. */
  warnings: z.array(z.string()),
  /** Notes about this engine that the learner should read with the output. */
  notes: z.array(textSchema),
  checks: z.array(checkResultSchema),
  apiCalls: z.array(apiCallSchema),
  durationMs: z.number(),
  /** Container created (or reused) by the action. */
  containerId: z.string().optional(),
  /** True when an earlier run of the same step already created what this action would create. */
  reused: z.boolean().optional(),
  error: appErrorInfoSchema.optional(),
});
export type ActionResult = z.infer<typeof actionResultSchema>;

/** The action ran without an error and every one of its checks passed. */
export const actionPassed = (action: ActionResult): boolean =>
  !action.error && action.checks.every((check) => check.ok);

export const stepResultSchema = z.object({
  lesson: z.string(),
  step: z.string(),
  actions: z.array(actionResultSchema),
  ok: z.boolean(),
  /** When the run ended (ms since the epoch); a result kept from an earlier run shows it. */
  endedAt: z.number().optional(),
});
export type StepResult = z.infer<typeof stepResultSchema>;

export const progressEventSchema = z.object({
  kind: z.enum(['pull', 'build']),
  image: z.string(),
  /** A progress line as the engine reports it ("Downloading", "Step 2/5 : COPY ..."). */
  status: z.string(),
  /** Layer or step identifier, when the engine gives one. */
  id: z.string().optional(),
  current: z.number().optional(),
  total: z.number().optional(),
});
export type ProgressEvent = z.infer<typeof progressEventSchema>;

const where = { lesson: z.string(), step: z.string(), action: z.number() };
export const runnerEventSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('action-start'),
    ...where,
    command: z.string(),
    /** The playground node it runs on (`node1 $ …`), if any. */
    node: z.string().optional(),
  }),
  z.object({ type: z.literal('output'), ...where, chunk: outputChunkSchema }),
  z.object({ type: z.literal('progress'), ...where, progress: progressEventSchema }),
  z.object({ type: z.literal('action-end'), result: actionResultSchema }),
]);
export type RunnerEvent = z.infer<typeof runnerEventSchema>;

/**
 * A line typed into the Explore terminal: it ran (and, when it was a step's command, that step's
 * checks ran too), it opened an interactive session (`docker run -it …`, attach with the console
 * stream), or the app does not run that command (the message names what it does run).
 */
export const exploreResultSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('ran'),
    result: actionResultSchema,
    /** The step whose command the line was, with its checks' results. */
    step: stepResultSchema.optional(),
    /** The open challenge, checked again after the command. */
    challenge: stepResultSchema.optional(),
  }),
  z.object({ kind: z.literal('session'), sessionId: z.string(), command: z.string() }),
  z.object({ kind: z.literal('unsupported'), message: textSchema, supported: z.array(z.string()) }),
]);
export type ExploreResult = z.infer<typeof exploreResultSchema>;
