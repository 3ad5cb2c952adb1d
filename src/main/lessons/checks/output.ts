/** Checks of the command's own result. */

import { say, verbatim } from '@shared/messages';
import { textOf } from '../../engine';
import { checkDetails, words } from './details';
import { excerpt } from './state';
import type { CheckImpls } from './types';

export const outputChecks: Pick<CheckImpls, 'exit-code' | 'output-lists' | 'output-matches'> = {
  'exit-code': {
    async verify({ outcome }, check) {
      return { ok: outcome.exitCode === check.code, detail: say(checkDetails.exitCode, { code: outcome.exitCode }) };
    },
  },
  'output-lists': {
    async verify({ outcome }, check) {
      const words = new Set(textOf(outcome.output).split(/[\s",:]+/));
      const missing = check.items.filter((item) => !words.has(item));
      return {
        ok: missing.length === 0,
        detail:
          missing.length === 0
            ? say(checkDetails.lists, { items: check.items })
            : say(checkDetails.doesNotList, { items: missing }),
      };
    },
  },
  'output-matches': {
    async verify({ outcome }, check) {
      const text = textOf(outcome.output, check.stream === 'any' ? undefined : check.stream);
      const found = new RegExp(check.pattern, check.flags).exec(text);
      const where = check.stream === 'any' ? words.output : verbatim(check.stream);
      return {
        ok: check.absent ? !found : Boolean(found),
        detail: found
          ? say(checkDetails.matched, { found: excerpt(found[0]), where })
          : say(checkDetails.noMatch, {
              where,
              pattern: check.pattern,
              flags: check.flags ?? '',
              printed: excerpt(text),
            }),
      };
    },
  },
};
