/** Checks of the command's own result. */
import { textOf } from '../../engine';
import { excerpt } from './state';
import type { CheckImpls } from './types';

export const outputChecks: Pick<CheckImpls, 'exit-code' | 'output-lists' | 'output-matches'> = {
  'exit-code': {
    async verify({ outcome }, check) {
      return { ok: outcome.exitCode === check.code, detail: `exit code ${outcome.exitCode ?? 'none'}` };
    },
  },
  'output-lists': {
    async verify({ outcome }, check) {
      const words = new Set(textOf(outcome.output).split(/[\s",:]+/));
      const missing = check.items.filter((item) => !words.has(item));
      return {
        ok: missing.length === 0,
        detail: missing.length === 0 ? `lists ${check.items.join(', ')}` : `does not list ${missing.join(', ')}`,
      };
    },
  },
  'output-matches': {
    async verify({ outcome }, check) {
      const text = textOf(outcome.output, check.stream === 'any' ? undefined : check.stream);
      const found = new RegExp(check.pattern, check.flags).exec(text);
      const where = check.stream === 'any' ? 'the output' : check.stream;
      return {
        ok: check.absent ? !found : Boolean(found),
        detail: found
          ? `Found "${excerpt(found[0])}" in ${where}`
          : `nothing in ${where} matches /${check.pattern}/${check.flags ?? ''}: "${excerpt(text)}"`,
      };
    },
  },
};
