/** Checks that run a command inside one of the app's containers (docker exec) and read what it prints. */

import { AppError, textOfError } from '@shared/errors';
import { say } from '@shared/messages';
import type { Engine, ExecResult } from '../../engine';
import { textOf } from '../../engine';
import { createdByApp } from '../safety/labels';
import { checkDetails } from './details';
import { excerpt } from './state';
import type { CheckImpls } from './types';

/** Runs `command` in the container `name`, which must be the app's: it never runs commands in the learner's. */
export async function runIn(engine: Engine, name: string, command: string[]): Promise<ExecResult> {
  const container = await engine.findContainer(name);
  if (!container) throw new AppError('NOT_FOUND', say(checkDetails.noObject, { kind: 'container', name }));
  if (!createdByApp(container.labels)) throw new AppError('NOT_OURS', say(checkDetails.notOursToExec, { name }));
  return engine.exec(container.id, command);
}

/** The first integer in `text`; 0 when it has none (a counter nobody set yet prints nothing). */
export function numberIn(text: string): number {
  return Number(/-?\d+/.exec(text)?.[0] ?? 0);
}

const shell = (command: string[]) => `\`${command.join(' ')}\``;

export const execChecks: Pick<CheckImpls, 'exec' | 'counts-up'> = {
  exec: {
    async verify({ engineOn }, check) {
      const result = await runIn(await engineOn(check.node), check.container, check.command);
      const printed = `${result.stdout}${result.stderr}`;
      const matches = !check.output || new RegExp(check.output).test(printed);
      return {
        ok: result.exitCode === check.exitCode && matches,
        detail: say(checkDetails.execPrinted, {
          command: shell(check.command),
          container: check.container,
          exitCode: result.exitCode,
          printed: excerpt(printed),
        }),
      };
    },
  },
  'counts-up': {
    async before({ engineOn }, check) {
      return numberIn((await runIn(await engineOn(check.read.node), check.read.container, check.read.command)).stdout);
    },
    async verify({ outcome }, check, before) {
      const reading = { command: shell(check.read.command), container: check.read.container };
      if (before instanceof Error)
        return { ok: false, detail: say(checkDetails.readingFailed, { ...reading, why: textOfError(before) }) };
      const text = textOf(outcome.output, 'stdout');
      const found = new RegExp(check.pattern).exec(text);
      const { status } = outcome;
      if (!found?.[1])
        return {
          ok: false,
          detail: say(checkDetails.noCount, { status, pattern: check.pattern, printed: excerpt(text) }),
        };
      return {
        ok: Number(found[1]) === Number(before) + check.by,
        detail: say(checkDetails.countedUp, { ...reading, before: Number(before), found: found[0], status }),
      };
    },
  },
};
