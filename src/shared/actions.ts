/**
 * Action specs: what a lesson step does, as typed data. Each spec formats to the docker CLI text the
 * learner reads (src/main/lessons/cli) and executes through the Engine API (src/main/lessons/execute).
 */
import { z } from 'zod';

const name = z.string().min(1);

/** Flags of `docker run` this app understands, in the spelling used to order and style them. */
export const runFlagKeys = [
  'detach',
  'interactive',
  'tty',
  'rm',
  'name',
  'link',
  'network',
  'network-alias',
  'publish',
  'env',
  'cap-add',
] as const;
export type RunFlagKey = (typeof runFlagKeys)[number];

/** How the command was written: flag order, `--flag=value` vs `--flag value`, `--net` vs `--network`. */
export const cliStyleSchema = z.object({
  order: z.array(z.enum(runFlagKeys)).optional(),
  equals: z.array(z.enum(runFlagKeys)).optional(),
  netSpelling: z.enum(['--net', '--network']).optional(),
});
export type CliStyle = z.infer<typeof cliStyleSchema>;

export const linkSchema = z.object({ container: name, alias: name });
export type Link = z.infer<typeof linkSchema>;

export const portSchema = z.object({
  hostIp: z.string().optional(),
  hostPort: z.string().optional(),
  containerPort: z.string().regex(/^\d+$/),
  protocol: z.enum(['tcp', 'udp', 'sctp']).default('tcp'),
});
export type PortMapping = z.infer<typeof portSchema>;

export const runSpecSchema = z.object({
  kind: z.literal('run'),
  image: name,
  command: z.array(z.string()).default([]),
  name: name.optional(),
  detach: z.boolean().default(false),
  interactive: z.boolean().default(false),
  tty: z.boolean().default(false),
  rm: z.boolean().default(false),
  links: z.array(linkSchema).default([]),
  network: name.optional(),
  networkAliases: z.array(name).default([]),
  publish: z.array(portSchema).default([]),
  env: z.array(z.string().regex(/^[^=]+(=.*)?$/)).default([]),
  capAdd: z.array(name).default([]),
  style: cliStyleSchema.optional(),
});
export type RunSpec = z.infer<typeof runSpecSchema>;

export const networkCreateSchema = z.object({
  kind: z.literal('network-create'),
  network: name,
  driver: name.optional(),
});
export const networkConnectSchema = z.object({
  kind: z.literal('network-connect'),
  network: name,
  container: name,
  aliases: z.array(name).default([]),
});
export const networkDisconnectSchema = z.object({
  kind: z.literal('network-disconnect'),
  network: name,
  container: name,
  force: z.boolean().default(false),
});
export const networkLsSchema = z.object({ kind: z.literal('network-ls') });
export const networkInspectSchema = z.object({ kind: z.literal('network-inspect'), networks: z.array(name).min(1) });
export const networkRmSchema = z.object({ kind: z.literal('network-rm'), networks: z.array(name).min(1) });
export const psSchema = z.object({ kind: z.literal('ps'), all: z.boolean().default(false) });
export const logsSchema = z.object({
  kind: z.literal('logs'),
  container: name,
  follow: z.boolean().default(false),
  tail: z.string().optional(),
  timestamps: z.boolean().default(false),
});
export const rmSchema = z.object({
  kind: z.literal('rm'),
  containers: z.array(name).min(1),
  force: z.boolean().default(false),
});

/**
 * An HTTP request to a port the engine's host publishes: `curl http://localhost:3000`. The host is
 * resolved when the step runs (localhost for a local engine, the remote host for tcp:// or ssh://).
 */
export const httpSchema = z.object({
  kind: z.literal('http'),
  port: z.number().int().min(1).max(65535),
  path: z.string().startsWith('/').default('/'),
});

export const actionSpecSchema = z.discriminatedUnion('kind', [
  runSpecSchema,
  networkCreateSchema,
  networkConnectSchema,
  networkDisconnectSchema,
  networkLsSchema,
  networkInspectSchema,
  networkRmSchema,
  psSchema,
  logsSchema,
  rmSchema,
  httpSchema,
]);
export type ActionSpec = z.infer<typeof actionSpecSchema>;
export type ActionKind = ActionSpec['kind'];
export type SpecOf<K extends ActionKind> = Extract<ActionSpec, { kind: K }>;
