/** Command text → action spec, through the module that owns the command. */

import type { Text } from '@shared/lesson';
import { say } from '@shared/messages';
import { type FormatContext, localContext } from './command';
import { syntaxErrors } from './messages';
import { CommandSyntaxError, splitWords, VARIABLE } from './shell-words';
import { type ActionSpec, actionSpecSchema, commandNamed, commandsOfGroup, knownCommands } from './table';

function unknownCommand(words: string[]): Text {
  const group = commandsOfGroup(words);
  if (group.length > 0) {
    const [typed, named] = [words.slice(0, 3).join(' '), words.slice(0, 2).join(' ')];
    return say(syntaxErrors.unknownSubcommand, { typed, group: named, commands: group.join(', ') });
  }
  return say(syntaxErrors.notACommand, { what: words.slice(0, 2).join(' '), known: knownCommands });
}

export function parseCommand(line: string, context: FormatContext = localContext): ActionSpec {
  const words = splitWords(line.trim());
  const found = commandNamed(words);
  if (!found) throw new CommandSyntaxError(unknownCommand(words));
  const variable = found.args.find((word) => VARIABLE.test(word) && !found.command.variables?.test(word));
  if (variable) throw new CommandSyntaxError(say(syntaxErrors.shellVariable, { variable }));
  const parsed = actionSpecSchema.safeParse(found.command.parse(found.args, context));
  if (!parsed.success)
    throw new CommandSyntaxError(
      say(syntaxErrors.invalidCommand, {
        issues: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '),
      }),
    );
  return parsed.data;
}
