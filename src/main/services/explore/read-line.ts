/**
 * A line typed into the Explore terminal, read with the app's own parser: the command's spec, or the
 * word that the app does not run. Text the parser refuses (a bad flag) is a BAD_COMMAND error.
 */
import { AppError } from '@shared/errors';
import { say } from '@shared/messages';
import { type ActionSpec, CommandSyntaxError, type FormatContext, parseCommand } from '../../lessons/commands';
import { splitWords } from '../../lessons/commands/shell-words';
import { commandNamed, commandsOfGroup } from '../../lessons/commands/table';
import { exploreMessages } from './messages';

export type ReadLine = { kind: 'command'; spec: ActionSpec } | { kind: 'unsupported'; what: string };

/** The command's name as the learner typed it: `ls`, `docker build`, `docker network prune`. */
function nameOf(words: string[]): string {
  const length = words[0] === 'docker' ? (commandsOfGroup(words).length > 0 ? 3 : 2) : 1;
  return words.slice(0, length).join(' ');
}

function badCommand(error: CommandSyntaxError): AppError {
  const usage = /\(usage: (.*)\)$/.exec(error.message)?.[1];
  return new AppError('BAD_COMMAND', say(exploreMessages.badCommand, { reason: error.text }), {
    ...(usage ? { fix: say(exploreMessages.badCommandFix, { usage }) } : {}),
    cause: error,
  });
}

export function readLine(line: string, context: FormatContext): ReadLine {
  // Whether the app knows the command is decided on plain words, so that `ls | wc` is "not a command
  // this terminal runs" rather than a complaint about the pipe.
  const plain = line.trim().split(/\s+/).filter(Boolean);
  if (plain.length === 0 || !commandNamed(plain)) return { kind: 'unsupported', what: `"${nameOf(plain)}"` };
  try {
    if (!commandNamed(splitWords(line.trim()))) return { kind: 'unsupported', what: `"${nameOf(plain)}"` };
    return { kind: 'command', spec: parseCommand(line, context) };
  } catch (error) {
    throw error instanceof CommandSyntaxError ? badCommand(error) : error;
  }
}
