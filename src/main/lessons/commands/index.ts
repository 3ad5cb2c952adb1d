/** The commands the app runs: parse text, format specs, execute them, and what each uses or leaves. */
export { type FormatContext, key, type Leaves, localContext } from './command';
export { executeAction } from './execute';
export { formatAction } from './format';
export { parseCommand } from './parse';
export type { RunSpec } from './run/schema';
export { CommandSyntaxError } from './shell-words';
export { type ActionKind, type ActionSpec, actionSpecSchema, commandFor, knownCommands, type SpecOf } from './table';
