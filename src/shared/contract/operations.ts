/**
 * The contract between the renderer and the main process: lesson-level requests and streams only,
 * each with zod schemas for what goes in and what comes out. Nothing here reaches the Engine API
 * in general; every operation acts on a lesson and what the app created for it.
 */
import { z } from 'zod';
import {
  actionResultSchema,
  exploreResultSchema,
  portHolderSchema,
  runnerEventSchema,
  stepResultSchema,
} from '../results';
import { dockerNameSchema, lessonIdSchema, objectRefSchema, sessionIdSchema, stepIdSchema } from './names';
import {
  engineStatusSchema,
  lessonStateSchema,
  lessonViewSchema,
  logBatchMax,
  logBatchSchema,
  logPageSchema,
  progressSchema,
  resetPlanSchema,
  resetReportSchema,
  settingsSchema,
  topologySchema,
} from './views';

const lessonRef = z.object({ lesson: lessonIdSchema });
const sessionRef = z.object({ sessionId: sessionIdSchema });
const none = z.object({}).strict();
const terminalSize = {
  cols: z.number().int().min(10).max(500),
  rows: z.number().int().min(5).max(300),
};
/** A line typed into the Explore terminal, on the learner's engine or on a playground node of the lesson. */
const exploreLine = lessonRef.extend({ line: z.string().max(4096), node: dockerNameSchema.optional() });
/** A line's number in the main process's log history. */
const logSeq = z.number().int().nonnegative();
const networkAction = lessonRef.extend({ network: objectRefSchema, container: objectRefSchema }).strict();

function op<I extends z.ZodType, O extends z.ZodType>(input: I, output: O) {
  return { input, output };
}

export const operations = {
  'engine.status': op(none, engineStatusSchema),
  /** Looks for the engine again now, instead of waiting for the next automatic retry. */
  'engine.retry': op(none, engineStatusSchema),
  'lessons.list': op(none, z.array(lessonViewSchema)),
  'progress.get': op(none, progressSchema),
  'progress.set': op(
    lessonRef.extend({ completed: z.array(stepIdSchema).max(100), current: stepIdSchema.optional() }).strict(),
    progressSchema,
  ),
  'step.run': op(lessonRef.extend({ step: stepIdSchema }).strict(), stepResultSchema),
  /** Cancels the step if it is running: its engine requests are aborted and what it started is removed. */
  'step.cancel': op(lessonRef.extend({ step: stepIdSchema }).strict(), z.object({ cancelled: z.boolean() })),
  /** What a reset would remove: only what the app created for the lesson. */
  'lesson.resetPlan': op(lessonRef.strict(), resetPlanSchema),
  'lesson.reset': op(lessonRef.strict(), resetReportSchema),
  /** The lesson's steps against the engine: what each left behind is still there, which earlier steps each needs. */
  'lesson.state': op(lessonRef.strict(), lessonStateSchema),
  /**
   * Stops (never removes) the running container the app created for another lesson that publishes
   * `port` on the host, so that `lesson` can publish it; answers with what it stopped.
   */
  'lesson.freePort': op(lessonRef.extend({ port: z.number().int().min(1).max(65535) }).strict(), portHolderSchema),
  /** `docker network connect|disconnect` between a lesson's own network and container. */
  'network.connect': op(networkAction, actionResultSchema),
  'network.disconnect': op(networkAction, actionResultSchema),
  /** Opens one of the lesson's consoles (the first unless named), e.g. `docker run -it ... redis-cli -h redis`, on a real TTY. */
  'console.open': op(
    lessonRef
      .extend({
        console: stepIdSchema.optional(),
        ...terminalSize,
      })
      .strict(),
    z.object({ sessionId: sessionIdSchema, command: z.string() }),
  ),
  'console.input': op(sessionRef.extend({ data: z.string().max(65536) }).strict(), z.null()),
  'console.resize': op(sessionRef.extend(terminalSize).strict(), z.null()),
  /** Ends the session and removes its container. */
  'console.close': op(sessionRef.strict(), z.null()),
  /**
   * Runs a typed `docker …` line of the subset the app knows, with the steps' execution, safety rules
   * and labels (step "explore"); a step's own command completes that step. Output also goes to the
   * `step` stream (step "explore") as it happens.
   */
  'explore.run': op(exploreLine.extend(terminalSize).strict(), exploreResultSchema),
  /** Tab completion: the words that may replace the line's last word from `from` on. */
  'explore.complete': op(
    exploreLine.strict(),
    z.object({ from: z.number().int().min(0), candidates: z.array(z.string()).max(200) }),
  ),
  /** Checks a challenge step against the engine as it is now (the learner solves it by typing). */
  'challenge.check': op(lessonRef.extend({ step: stepIdSchema }).strict(), stepResultSchema),
  /** Each step's last result (output and checks), kept across reloads and restarts. */
  'step.results': op(lessonRef.strict(), z.record(z.string(), stepResultSchema)),
  /**
   * The log history kept by the main process (every line the logs stream saw, the oldest dropped past
   * a memory budget): the newest `limit` lines with `from <= seq < before` whose text or container
   * contains `query` (any case; all lines without one), oldest first.
   */
  'logs.history': op(
    z
      .object({
        before: logSeq.optional(),
        from: logSeq.optional(),
        query: z.string().max(200).optional(),
        limit: z.number().int().min(1).max(logBatchMax).default(1000),
      })
      .strict(),
    logPageSchema,
  ),
  'settings.get': op(none, settingsSchema),
  'settings.set': op(settingsSchema.strict(), settingsSchema),
} as const;

export const streams = {
  engine: op(none, engineStatusSchema),
  /** What running steps prints and does, as it happens. */
  step: op(none, runnerEventSchema),
  /**
   * Log lines of every container the app created, in batches: the history's newest `tail` lines first,
   * then new ones as the wire can take them (a reader that falls behind skips to the newest lines).
   */
  logs: op(z.object({ tail: z.number().int().min(0).max(logBatchMax).default(200) }).strict(), logBatchSchema),
  /** The networks and containers, re-sent whenever the engine reports a change (also ones made outside the app). */
  networks: op(none, topologySchema),
  /** Output of a console session; ends when the session does. */
  console: op(sessionRef.strict(), z.object({ data: z.string() }).or(z.object({ exit: z.number() }))),
} as const;

export type Operations = typeof operations;
export type Streams = typeof streams;
export type OperationName = keyof Operations;
export type StreamName = keyof Streams;
export type OpInput<N extends OperationName> = z.input<Operations[N]['input']>;
export type OpOutput<N extends OperationName> = z.output<Operations[N]['output']>;
export type StreamParams<N extends StreamName> = z.input<Streams[N]['input']>;
export type StreamEvent<N extends StreamName> = z.output<Streams[N]['output']>;
