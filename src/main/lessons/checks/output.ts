/** Checks of the command's own result. */
import { textOf } from '../../engine';
import type { CheckImpls } from './types';

export const outputChecks: Pick<CheckImpls, 'exit-code' | 'output-lists'> = {
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
};
