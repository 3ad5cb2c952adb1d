/**
 * What the Explore terminal prints after a line ran, as terminal text: the rest of the output (what the
 * `step` stream did not already show), warnings, notes, the error and what to do, and the step or
 * challenge the line completed or checked, with its checks.
 */
import type { LessonView } from '@shared/contract';
import type { Text } from '@shared/lesson';
import type { ActionResult, CheckResult, ExploreResult, StepResult } from '@shared/results';
import type { Translate } from '../../app/useStrings';
import type { en } from './strings';

export interface ReportContext {
  t: Translate<keyof typeof en>;
  text(text: Text): string;
  lesson?: LessonView;
}

// Red and green as the terminal's theme gives them (readable on both backgrounds); bold for what to act on.
export const style = {
  red: (s: string) => `\x1b[31m${s}\x1b[39m`,
  green: (s: string) => `\x1b[32m${s}\x1b[39m`,
  bold: (s: string) => `\x1b[1m${s}\x1b[22m`,
};

/** A terminal needs \r\n where programs print \n. */
export const crlf = (text: string) => text.replace(/\r?\n/g, '\r\n');

/** The output not yet printed: all of it, or what follows what the stream already showed. */
export function remainingOutput(result: ActionResult, streamed: string): string {
  const all = result.output.map((chunk) => chunk.text).join('');
  if (!streamed) return all;
  return all.startsWith(streamed) ? all.slice(streamed.length) : '';
}

function checkLines(check: CheckResult, { text }: ReportContext): string[] {
  const mark = check.ok ? style.green('✓') : style.red('✗');
  return [
    `  ${mark} ${text(check.explain)}`,
    ...(check.detail ? [`    ${check.detail}`] : []),
    ...(check.note ? [`    ${text(check.note)}`] : []),
  ];
}

function stepLines(result: StepResult, context: ReportContext, challenge: boolean): string[] {
  const { t, text, lesson } = context;
  const steps = lesson?.id === result.lesson ? lesson.steps : [];
  const index = steps.findIndex((step) => step.id === result.step);
  const found = steps[index];
  const values = { n: index + 1, title: found ? text(found.title) : result.step };
  const key = challenge ? (result.ok ? 'challengeDone' : 'challengeNotYet') : result.ok ? 'stepDone' : 'stepNotYet';
  const heading = result.ok ? style.green(`✓ ${t(key, values)}`) : style.red(`✗ ${t(key, values)}`);
  return [heading, ...result.actions.flatMap((action) => action.checks.flatMap((check) => checkLines(check, context)))];
}

/** What follows a line's output. */
export function afterOutput(ran: Extract<ExploreResult, { kind: 'ran' }>, context: ReportContext): string[] {
  const { t, text } = context;
  const { result } = ran;
  const lines = [
    ...result.warnings.map((warning) => `WARNING: ${warning}`),
    ...result.notes.map((note) => t('note', { note: text(note) })),
  ];
  if (result.error) {
    lines.push(style.red(t('error', { message: result.error.message })));
    if (result.error.fix) lines.push(t('fix', { fix: result.error.fix }));
  } else if (result.exitCode) lines.push(t('exit', { code: result.exitCode }));
  if (ran.step) lines.push(...stepLines(ran.step, context, false));
  if (ran.challenge) lines.push(...stepLines(ran.challenge, context, true));
  return lines;
}

/** A command the app does not run: its message, in the learner's language, and the commands it does run. */
export function unsupportedLines(
  unsupported: Extract<ExploreResult, { kind: 'unsupported' }>,
  { t, text }: ReportContext,
): string[] {
  const message = text(unsupported.message);
  const named = unsupported.supported.every((command) => message.includes(command));
  return [
    style.red(message),
    ...(named || unsupported.supported.length === 0
      ? []
      : [t('supported', { commands: unsupported.supported.join(', ') })]),
  ];
}
