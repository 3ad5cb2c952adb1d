/** The spec of `docker run`: the flags this app understands, and how the command was written. */
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
  'privileged',
  'hostname',
  'cap-drop',
  'security-opt',
] as const;
export type RunFlagKey = (typeof runFlagKeys)[number];

/** How the command was written: flag order, `--flag=value` vs `--flag value`, `--net` vs `--network`. */
export const cliStyleSchema = z.object({
  order: z.array(z.enum(runFlagKeys)).optional(),
  equals: z.array(z.enum(runFlagKeys)).optional(),
  netSpelling: z.enum(['--net', '--network']).optional(),
  /** Flags that have a one-letter form but were written long (`--hostname`, not `-h`). */
  long: z.array(z.enum(runFlagKeys)).optional(),
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
  privileged: z.boolean().default(false),
  capDrop: z.array(name).default([]),
  securityOpt: z.array(name).default([]),
  hostname: name.optional(),
  style: cliStyleSchema.optional(),
});
export type RunSpec = z.infer<typeof runSpecSchema>;
