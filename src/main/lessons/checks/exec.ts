/** Checks that run a command inside one of the app's containers (docker exec) and read what it prints. */
import type { Engine, ExecResult } from '../../engine';
import { textOf } from '../../engine';
import { createdByApp } from '../safety/labels';
import { excerpt } from './state';
import type { CheckImpls } from './types';

/** Runs `command` in the container `name`, which must be the app's: it never runs commands in the learner's. */
export async function runIn(engine: Engine, name: string, command: string[]): Promise<ExecResult> {
  const container = await engine.findContainer(name);
  if (!container) throw new Error(`no container named ${name}`);
  if (!createdByApp(container.labels))
    throw new Error(`${name} was not created by this app; the app does not run commands in it`);
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
        detail: `${shell(check.command)} in ${check.container} exited ${result.exitCode} and printed "${excerpt(printed)}"`,
      };
    },
  },
  'counts-up': {
    async before({ engineOn }, check) {
      return numberIn((await runIn(await engineOn(check.read.node), check.read.container, check.read.command)).stdout);
    },
    async verify({ outcome }, check, before) {
      const reading = `${shell(check.read.command)} in ${check.read.container}`;
      if (before instanceof Error)
        return { ok: false, detail: `${reading} failed before the action: ${before.message}` };
      const text = textOf(outcome.output, 'stdout');
      const found = new RegExp(check.pattern).exec(text);
      const answered = outcome.status === undefined ? '' : ` (HTTP ${outcome.status})`;
      if (!found?.[1])
        return { ok: false, detail: `nothing in the output${answered} matches /${check.pattern}/: "${excerpt(text)}"` };
      return {
        ok: Number(found[1]) === Number(before) + check.by,
        detail: `${reading} printed ${before} before the action; the action printed "${found[0]}"${answered}`,
      };
    },
  },
};
