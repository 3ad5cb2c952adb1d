/** Command-line arguments of the headless runner. */
import { type Language, languages } from '@shared/lesson';

export interface LabArgs {
  command: string;
  positional: string[];
  step?: number;
  json: boolean;
  lang: Language;
  help: boolean;
}

export const usage = `Usage: npm run lab -- <command>

  doctor [--lang en|id]           which engine answers (DOCKER_HOST, context, sockets) and why others do not
  list                            the lessons and their steps
  run <lesson> [--step N] [--json] [--lang en|id]
                                  run a lesson (or one step) against the engine, checking each step
  reset [lesson]                  remove what the app created for a lesson (all lessons when omitted)
  validate <file>...              check lesson files (schema, commands, checks) without an engine

The engine is found like the docker CLI finds it: DOCKER_HOST, else the current context, else the usual sockets.`;

export class UsageError extends Error {}

export function parseArgs(argv: string[]): LabArgs {
  const args: LabArgs = { command: '', positional: [], json: false, lang: 'en', help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--json') args.json = true;
    else if (arg === '--help' || arg === '-h') args.help = true;
    else if (arg === '--step' || arg.startsWith('--step=')) {
      const value = arg.includes('=') ? arg.slice(7) : argv[++i];
      const step = Number(value);
      if (!Number.isInteger(step) || step < 1)
        throw new UsageError(`--step needs a step number (1, 2, ...), not "${value ?? ''}"`);
      args.step = step;
    } else if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg.includes('=') ? arg.slice(7) : argv[++i];
      if (!languages.includes(value as Language))
        throw new UsageError(`--lang is one of ${languages.join(', ')}, not "${value ?? ''}"`);
      args.lang = value as Language;
    } else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}`);
    else if (!args.command) args.command = arg;
    else args.positional.push(arg);
  }
  return args;
}
