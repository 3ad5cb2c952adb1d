/** Command text → action spec, through the module that owns the command. */
import { type FormatContext, localContext } from './command';
import { CommandSyntaxError, splitWords, VARIABLE } from './shell-words';
import { type ActionSpec, actionSpecSchema, commandNamed, commandsOfGroup, knownCommands } from './table';

function unknownCommand(words: string[]): string {
  const group = commandsOfGroup(words);
  if (group.length > 0)
    return `unknown command "${words.slice(0, 3).join(' ')}": use ${words.slice(0, 2).join(' ')} ${group.join(', ')}`;
  const what = words.slice(0, 2).join(' ') || '(nothing)';
  return `"${what}" is not one of the commands this app runs: ${knownCommands}`;
}

export function parseCommand(line: string, context: FormatContext = localContext): ActionSpec {
  const words = splitWords(line.trim());
  const found = commandNamed(words);
  if (!found) throw new CommandSyntaxError(unknownCommand(words));
  const variable = found.args.find((word) => VARIABLE.test(word) && !found.command.variables?.test(word));
  if (variable)
    throw new CommandSyntaxError(
      `"${variable}" is a shell variable; type the value itself (only docker swarm join takes $WORKER_TOKEN or $MANAGER_TOKEN)`,
    );
  const parsed = actionSpecSchema.safeParse(found.command.parse(found.args, context));
  if (!parsed.success)
    throw new CommandSyntaxError(
      parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '),
    );
  return parsed.data;
}
