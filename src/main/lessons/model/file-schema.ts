/**
 * A lesson file (resources/lessons/*.json), format 2: the whole lesson as data. Commands are the text
 * the learner reads; the app's own parser turns them into specs (compile.ts). The JSON Schema that
 * editors use (resources/lessons/lesson.schema.json) is generated from this one.
 */
import { textSchema } from '@shared/lesson';
import { z } from 'zod';
import { lessonCheckSchema } from '../checks/vocabulary';

const name = z.string().min(1);
const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and dashes');

/** Where a command runs: the learner's engine, or a node of the lesson's playground. */
const node = name.describe("The playground node the command runs on (omit for the learner's own engine)");

export const lessonActionFileSchema = z
  .object({
    command: name.describe('The command as the learner reads it, e.g. "docker run -d --name redis-server redis"'),
    node: node.optional(),
    /** Lines typed into an interactive (-it) session when the runner drives it without a person. */
    input: z.array(z.string()).optional(),
    checks: z.array(lessonCheckSchema).default([]),
  })
  .strict();

/** A command that solves a challenge: the headless runner runs it; the learner is never shown it. */
export const solutionCommandFileSchema = z
  .object({
    command: name.describe('A command of the solution, e.g. "docker network connect --alias db app-net redis"'),
    node: node.optional(),
  })
  .strict();

/** A challenge: a goal the learner reaches with commands of their own, judged by the step's checks. */
export const challengeFileSchema = z
  .object({
    goal: textSchema.describe('Markdown: what must be true at the end, without the commands that make it so'),
    hints: z
      .array(textSchema)
      .min(1)
      .describe('Shown one at a time, from a nudge to nearly the answer (two or three is right)'),
    solution: z
      .array(solutionCommandFileSchema)
      .min(1)
      .describe('Commands that reach the goal, run by `npm run lab -- run` and the tests; never shown to the learner'),
  })
  .strict();

interface StepShape {
  actions?: unknown;
  challenge?: unknown;
  checks?: unknown;
}

function stepShapeProblem({ actions, challenge, checks }: StepShape): string | undefined {
  if (challenge && actions) return 'a challenge step has no actions: the learner types the commands';
  if (challenge && !checks) return 'a challenge step needs its checks';
  if (!challenge && checks)
    return 'checks at the step belong to a challenge: put them in an action, or add "challenge"';
  if (!challenge && !actions) return 'a step needs "actions", or "challenge" with its "checks"';
  return undefined;
}

/** A step either runs its actions, or (a challenge) gives a goal and its checks and runs nothing itself. */
export const lessonStepFileSchema = z
  .object({
    id,
    title: textSchema,
    explanation: textSchema.describe('Markdown'),
    actions: z.array(lessonActionFileSchema).min(1).optional(),
    challenge: challengeFileSchema.optional(),
    checks: z
      .array(lessonCheckSchema)
      .min(1)
      .optional()
      .describe("A challenge's checks: they read the engine's state whenever the learner asks"),
  })
  .strict()
  .superRefine((step, ctx) => {
    const message = stepShapeProblem(step);
    if (message) ctx.addIssue({ code: 'custom', message });
  });

/** An image the app builds from a folder under resources/ instead of pulling it. */
export const localImageSchema = z.object({ image: name, context: name }).strict();
export type LocalImage = z.infer<typeof localImageSchema>;

export const consoleFileSchema = z
  .object({
    id,
    label: textSchema,
    command: name.describe('An interactive run, e.g. "docker run -it --net=backend-network redis redis-cli -h redis"'),
    node: node.optional(),
  })
  .strict();

export const requiresSchema = z
  .object({
    /** Legacy links (`--link`): Docker Engine only, Podman refuses them. */
    legacyLinks: z.boolean().default(false),
    /** Privileged containers (`--privileged`), e.g. Docker-in-Docker nodes. */
    privileged: z.boolean().default(false),
    /** Swarm mode (inside the lesson's own nodes, never on the learner's engine): Docker Engine only. */
    swarm: z.boolean().default(false),
    /** Host ports the lesson publishes; another lesson's container on one of them is offered to be stopped. */
    hostPorts: z.array(z.number().int().min(1).max(65535)).default([]),
  })
  .strict();
export type Requires = z.output<typeof requiresSchema>;

export const lessonFileSchema = z
  .object({
    $schema: z.string().optional(),
    format: z.literal(2),
    id,
    /** Where the lesson comes in the course (1 first). */
    order: z.number().int().min(1),
    title: textSchema,
    summary: textSchema.describe('One or two sentences, shown in the lesson list'),
    intro: textSchema.describe('Markdown shown before the first step'),
    ending: textSchema.describe('Markdown shown after the last step: what was learned'),
    requires: requiresSchema.default({ legacyLinks: false, privileged: false, swarm: false, hostPorts: [] }),
    localImages: z.array(localImageSchema).default([]),
    consoles: z.array(consoleFileSchema).default([]),
    steps: z.array(lessonStepFileSchema).min(1),
  })
  .strict();
export type LessonFile = z.output<typeof lessonFileSchema>;
