/** `docker exec CONTAINER COMMAND [ARG...]` without a TTY (its output once it ends), only in the app's containers. */

import { say } from '@shared/messages';
import { z } from 'zod';
import { defineCommand } from '../command';
import { syntaxErrors } from '../messages';
import { CommandSyntaxError } from '../shell-words';
import { splitAtFirstPositional } from '../words';

const usage = 'docker exec CONTAINER COMMAND [ARG...]';
const interactive = new Set(['-i', '-t', '-it', '-ti', '--interactive', '--tty']);

export const exec = defineCommand({
  schema: z.object({
    kind: z.literal('exec'),
    container: z.string().min(1),
    command: z.array(z.string()).min(1),
  }),
  words: [
    ['docker', 'exec'],
    ['docker', 'container', 'exec'],
  ],
  usage,
  parse(args) {
    const [flags, rest] = splitAtFirstPositional(args, {});
    const flag = flags[0];
    if (flag && interactive.has(flag)) throw new CommandSyntaxError(say(syntaxErrors.execInteractive, { flag, usage }));
    if (flag) throw new CommandSyntaxError(say(syntaxErrors.unknownFlag, { flag, usage }));
    const [container, ...command] = rest;
    if (!container || command.length === 0)
      throw new CommandSyntaxError(say(syntaxErrors.atLeast, { usage, count: 2 }));
    return { kind: 'exec', container, command };
  },
  format: (spec) => ['docker', 'exec', spec.container, ...spec.command],
  async execute(ctx, spec) {
    const container = await ctx.engine.inspectContainer(spec.container);
    const { exitCode, stdout, stderr } = await ctx.engine.exec(container.id, spec.command);
    if (stdout) ctx.onOutput({ stream: 'stdout', text: stdout });
    if (stderr) ctx.onOutput({ stream: 'stderr', text: stderr });
    return { exitCode, warnings: [] };
  },
  uses: (spec) => ({ containers: [spec.container] }),
});
