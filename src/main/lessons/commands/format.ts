/** Action spec → the command text a learner reads (and could paste into a terminal). */
import { type FormatContext, localContext } from './command';
import { joinWords } from './shell-words';
import { type ActionSpec, commandFor } from './table';

export function formatAction(spec: ActionSpec, context: FormatContext = localContext): string {
  return joinWords(commandFor(spec.kind).format(spec, context));
}
