/** What the renderer is shown: plain data, already formatted by the main process. */
import { z } from 'zod';
import { textSchema } from '../lesson';
import { logBatchMax } from './codes';
import { lessonIdSchema } from './names';

const text = textSchema;

export const engineStatusSchema = z.discriminatedUnion('state', [
  z.object({
    state: z.literal('connected'),
    endpoint: z.object({ source: z.string(), label: z.string(), url: z.string(), publishedHost: z.string() }),
    identity: z.object({
      product: z.enum(['docker-engine', 'docker-desktop', 'podman']),
      version: z.string(),
      apiVersion: z.string(),
      os: z.string(),
      arch: z.string(),
      operatingSystem: z.string().optional(),
    }),
  }),
  z.object({
    state: z.literal('unavailable'),
    /** The discovery report as one paragraph, with the fix for this OS (English; `messageText` in every language). */
    message: z.string(),
    messageText: text.optional(),
    code: z.string(),
    platform: z.string(),
    probes: z.array(
      z.object({
        label: z.string(),
        url: z.string(),
        ok: z.boolean(),
        skipped: z.boolean().optional(),
        code: z.string().optional(),
        message: z.string().optional(),
        fix: z.string().optional(),
        messageText: text.optional(),
        fixText: text.optional(),
      }),
    ),
    /** When the app tries again by itself. */
    retryAt: z.number(),
  }),
  z.object({ state: z.literal('connecting') }),
]);
export type EngineStatus = z.infer<typeof engineStatusSchema>;

export const checkViewSchema = z.object({ id: z.string(), explain: text });

export const actionViewSchema = z.object({
  /** The docker CLI text this action equals, for this engine (curl targets its host). */
  command: z.string(),
  /** The playground node it runs on (`node1 $ docker …`); absent for the learner's own engine. */
  node: z.string().optional(),
  kind: z.string(),
  interactive: z.boolean(),
  checks: z.array(checkViewSchema),
});

/** A challenge as the learner sees it: the goal, its hints and what its checks verify; never its solution. */
export const challengeViewSchema = z.object({
  /** Markdown. */
  goal: text,
  /** Revealed one at a time, from a nudge to nearly the answer. */
  hints: z.array(text).min(1),
  checks: z.array(checkViewSchema),
  /** The playground node the goal is reached on (the Explore terminal opens there); absent: the learner's engine. */
  node: z.string().optional(),
});

export const stepViewSchema = z.object({
  id: z.string(),
  title: text,
  explanation: text,
  /** A challenge step has none: the learner types the commands (challenge.check judges them). */
  actions: z.array(actionViewSchema),
  challenge: challengeViewSchema.optional(),
});
export const lessonViewSchema = z.object({
  id: z.string(),
  title: text,
  /** Where the lesson comes in the course (1 first). */
  order: z.number(),
  summary: text,
  /** Markdown shown before the first step, and after the last (what was learned). */
  intro: text,
  ending: text,
  requires: z.object({
    legacyLinks: z.boolean(),
    privileged: z.boolean(),
    swarm: z.boolean(),
    hostPorts: z.array(z.number()),
  }),
  /** Interactive terminals the lesson offers (e.g. redis-cli), in order; the first is the default. */
  consoles: z.array(z.object({ id: z.string(), label: text, command: z.string() })),
  steps: z.array(stepViewSchema),
});
export type LessonView = z.infer<typeof lessonViewSchema>;
export type StepView = z.infer<typeof stepViewSchema>;
export type ChallengeView = z.infer<typeof challengeViewSchema>;

/** Which steps a learner has completed, per lesson; kept by the main process across restarts. */
export const progressSchema = z.record(
  z.string(),
  z.object({ completed: z.array(z.string()), current: z.string().optional() }),
);
export type Progress = z.infer<typeof progressSchema>;

/** The learner's preferences, kept by the main process (browser mode's origin changes at every launch). */
export const settingsSchema = z.object({
  language: z.enum(['en', 'id']).optional(),
  colorScheme: z.enum(['light', 'dark', 'auto']).optional(),
  /** The logs panel shows each line's time. */
  timestamps: z.boolean().optional(),
  /** The lesson that was open, opened again at the next start. */
  lesson: lessonIdSchema.optional(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const objectRefSchema = z.object({ id: z.string(), name: z.string() });
export const resetPlanSchema = z.object({ containers: z.array(objectRefSchema), networks: z.array(objectRefSchema) });
export type ResetPlan = z.infer<typeof resetPlanSchema>;
export const resetReportSchema = z.object({
  removedContainers: z.array(z.string()),
  removedNetworks: z.array(z.string()),
  kept: z.array(z.string()),
});

/** An object a step leaves on the engine (a network, a container running in the background), as the engine has it now. */
export const leftoverStateSchema = z.object({
  kind: z.enum(['container', 'network', 'service']),
  /** The lesson's name for it; an unnamed container goes by its image. */
  name: z.string(),
  /** `stopped`: a container that no longer runs. */
  state: z.enum(['present', 'stopped', 'gone']),
});
export type LeftoverState = z.infer<typeof leftoverStateSchema>;
/** A lesson's steps checked against the engine: what each left behind, and which earlier steps each needs run again. */
export const lessonStateSchema = z.object({
  lesson: z.string(),
  steps: z.array(
    z.object({
      step: z.string(),
      leftovers: z.array(leftoverStateSchema),
      /** Earlier steps (in lesson order) whose objects this step uses and which are stopped or gone. */
      needs: z.array(z.string()),
    }),
  ),
});
export type LessonState = z.infer<typeof lessonStateSchema>;

export const logLineSchema = z.object({
  containerId: z.string(),
  /** The container's name; inside a playground node, prefixed with the node: `node1/redis`. */
  container: z.string(),
  /** The playground node the container runs in; absent on the learner's engine. */
  node: z.string().optional(),
  stream: z.enum(['stdout', 'stderr']),
  /** One line without its newline. */
  text: z.string(),
  /** RFC 3339 time the engine stamped it with. */
  time: z.string(),
});
export type LogLine = z.infer<typeof logLineSchema>;

export { logBatchMax };

/** Where lines come from: one output stream of one container. */
export const logSourceSchema = logLineSchema.pick({ containerId: true, container: true, node: true, stream: true });
export type LogSource = z.infer<typeof logSourceSchema>;

const isIndex = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;
const isString = (value: unknown): value is string => typeof value === 'string';

/** A column of a log batch, checked in one loop: a flood's frames hold a million values, six times faster than z.array. */
function column<T>(what: string, is: (value: unknown) => value is T) {
  return z.custom<T[]>((value) => Array.isArray(value) && value.length <= logBatchMax && value.every(is), {
    message: `expected at most ${logBatchMax} ${what}`,
  });
}

/**
 * Log lines in columns (line i is seq[i], text[i], time[i] from sources[source[i]]): a container's id
 * and name go once per batch instead of once per line. `seq` numbers the line in the main process's
 * history, increasing; a stream's batches follow each other unless the reader fell behind by more
 * than a batch, which then starts at the newest lines (the ones skipped stay in the history).
 */
export const logBatchSchema = z.object({
  sources: z.array(logSourceSchema).max(logBatchMax),
  seq: column('whole numbers', isIndex),
  source: column('whole numbers', isIndex),
  text: column('strings', isString),
  time: column('strings', isString),
});
export type LogBatch = z.infer<typeof logBatchSchema>;

/** A page of the history: the newest matching lines before a point; `more` when older ones match too. */
export const logPageSchema = logBatchSchema.extend({ more: z.boolean() });
export type LogPage = z.infer<typeof logPageSchema>;

const topologyNetworkSchema = z.object({
  /** An overlay network has the same id on every node that has it. */
  id: z.string(),
  name: z.string(),
  driver: z.string(),
  subnet: z.string().optional(),
  gateway: z.string().optional(),
  /** Created by this app (labelled), as opposed to built-in or the learner's own. */
  ours: z.boolean(),
  lesson: z.string().optional(),
});

const topologyContainerSchema = z.object({
  id: z.string(),
  name: z.string(),
  image: z.string(),
  running: z.boolean(),
  lesson: z.string().optional(),
  /** The swarm service this container is a task of. */
  service: z.string().optional(),
  /** A helper the app runs for the learner: a lesson's console, or a shell (or object) of the Explore terminal. */
  role: z.enum(['console', 'explore-shell', 'explore']).optional(),
  /** A one-off run: the app made it without a name the lesson gives, or it was run with --rm. */
  oneOff: z.boolean(),
  endpoints: z.array(
    z.object({
      network: z.string(),
      ipv4: z.string(),
      aliases: z.array(z.string()),
      dnsNames: z.array(z.string()),
    }),
  ),
  /** Legacy links: "target:alias". */
  links: z.array(z.object({ target: z.string(), alias: z.string() })),
});

/** A playground node (a container in `containers` of the same name) with what its own engine runs. */
const topologyNodeSchema = z.object({
  name: z.string(),
  /** Its engine answered; false while it starts (or cannot be reached), and then it has no contents. */
  reachable: z.boolean(),
  networks: z.array(topologyNetworkSchema),
  containers: z.array(topologyContainerSchema),
});

export const topologySchema = z.object({
  networks: z.array(topologyNetworkSchema),
  containers: z.array(topologyContainerSchema),
  /** The app's playground nodes running on this engine (lessons across machines); absent when none runs. */
  nodes: z.array(topologyNodeSchema).optional(),
});
export type Topology = z.infer<typeof topologySchema>;
export type TopologyNode = z.infer<typeof topologyNodeSchema>;
