/**
 * One command the lessons (and the learner) can run: its spec's schema, how the docker CLI text
 * parses into it and formats back, and how it executes against the engine. Each command kind is one
 * module that defines a CommandModule; table.ts lists them.
 */
import type { z } from 'zod';
import type { ActionContext, ActionOutcome } from '../execute/context';
import type { Uses } from '../safety/uses';

export interface FormatContext {
  /** Where published ports are reachable: "localhost" for a local engine, the remote host otherwise. */
  publishedHost: string;
}

export const localContext: FormatContext = { publishedHost: 'localhost' };

/** What a step leaves on the engine under a name later steps use, found again by its labels. */
export interface Leaves {
  kind: 'container' | 'network' | 'service';
  name: string;
  /** The lesson's names (container:…, network:…, service:…, port:…) by which later steps reach it. */
  provides: string[];
}

export interface CommandModule<Schema extends z.ZodObject<{ kind: z.ZodLiteral<string> }>> {
  schema: Schema;
  /** The words that name the command, e.g. ['docker', 'network', 'create']; other spellings after the first. */
  words: readonly (readonly string[])[];
  usage: string;
  /** The variables ($NAME words) the command accepts; any other is refused as shell syntax. */
  variables?: RegExp;
  /** `args` are the words after the command's name; returns the draft spec that `schema` then validates. */
  parse(args: string[], context: FormatContext): unknown;
  /** Every word of the command line, the program included. */
  format(spec: z.output<Schema>, context: FormatContext): string[];
  execute(ctx: ActionContext, spec: z.output<Schema>): Promise<ActionOutcome>;
  /** Objects the command uses by name besides what it creates (checked by the ownership policy). */
  uses?(spec: z.output<Schema>): Partial<Uses>;
  /** What it leaves behind for later steps; undefined when nothing outlives the command. */
  leaves?(spec: z.output<Schema>): Leaves | undefined;
  /** The keys (container:…, network:…, service:…) it removes on purpose. */
  removes?(spec: z.output<Schema>): string[];
}

/** Keeps each module's spec type tied to its schema. */
export function defineCommand<Schema extends z.ZodObject<{ kind: z.ZodLiteral<string> }>>(
  module: CommandModule<Schema>,
): CommandModule<Schema> {
  return module;
}

export const key = {
  container: (name: string) => `container:${name}`,
  network: (name: string) => `network:${name}`,
  service: (name: string) => `service:${name}`,
  port: (port: string | number) => `port:${port}`,
};
