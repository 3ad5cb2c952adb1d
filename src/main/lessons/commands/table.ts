/** Every command the app runs. A new command is one module plus one line here. */
import { z } from 'zod';
import type { CommandModule } from './command';
import { exec } from './containers/exec';
import { inspect } from './containers/inspect';
import { logs } from './containers/logs';
import { ps } from './containers/ps';
import { rm } from './containers/rm';
import { start, stop } from './containers/start-stop';
import { curl } from './curl';
import { networkConnect } from './network/connect';
import { networkCreate } from './network/create';
import { networkDisconnect } from './network/disconnect';
import { networkInspect } from './network/inspect';
import { networkLs } from './network/ls';
import { networkRm } from './network/rm';
import { run } from './run';
import { swarmInit } from './swarm/init';
import { swarmJoin } from './swarm/join';
import { swarmLeave } from './swarm/leave';
import { nodeLs } from './swarm/node-ls';
import { serviceCreate } from './swarm/service-create';
import { serviceLs } from './swarm/service-ls';
import { servicePs } from './swarm/service-ps';
import { serviceRm } from './swarm/service-rm';

export const commands = [
  run,
  networkCreate,
  networkConnect,
  networkDisconnect,
  networkLs,
  networkInspect,
  networkRm,
  ps,
  logs,
  inspect,
  exec,
  stop,
  start,
  rm,
  curl,
  swarmInit,
  swarmJoin,
  swarmLeave,
  nodeLs,
  serviceCreate,
  serviceLs,
  servicePs,
  serviceRm,
] as const;

type Command = (typeof commands)[number];
export type ActionSpec = z.output<Command['schema']>;
export type ActionKind = ActionSpec['kind'];
export type SpecOf<K extends ActionKind> = Extract<ActionSpec, { kind: K }>;

export const actionSpecSchema = z.discriminatedUnion(
  'kind',
  commands.map((command) => command.schema) as unknown as [Command['schema'], ...Command['schema'][]],
);

// biome-ignore lint/suspicious/noExplicitAny: the table holds modules of every spec type; dispatch is by kind.
type AnyCommand = CommandModule<any>;

export function commandFor(kind: ActionKind): AnyCommand {
  const found = commands.find((command) => command.schema.shape.kind.value === kind);
  if (!found) throw new Error(`no command module for ${kind}`);
  return found as AnyCommand;
}

/** The modules whose name matches the start of `words`, longest name first. */
export function commandNamed(words: string[]): { command: AnyCommand; args: string[] } | undefined {
  const matches = commands.flatMap((command) =>
    command.words
      .filter((name) => name.every((word, i) => words[i] === word))
      .map((name) => ({ command: command as AnyCommand, args: words.slice(name.length), length: name.length })),
  );
  const best = matches.sort((a, b) => b.length - a.length)[0];
  return best && { command: best.command, args: best.args };
}

/** ["docker run", "docker network create", …, "curl"]: what the app understands. */
export const knownCommandNames = commands.map((command) => (command.words[0] as readonly string[]).join(' '));
/** The same, for messages. */
export const knownCommands = knownCommandNames.join(', ');

/** The commands of the group `words` starts with ("docker network" → create, connect, …), if any. */
export function commandsOfGroup(words: string[]): string[] {
  const group = words.slice(0, 2);
  return commands
    .map((command) => command.words[0] as readonly string[])
    .filter((name) => name.length > 2 && group.length === 2 && group.every((word, i) => name[i] === word))
    .map((name) => name.slice(2).join(' '));
}
