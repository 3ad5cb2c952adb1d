/**
 * What the Explore terminal prints after a line ran, as terminal text: the rest of the output (what the
 * `step` stream did not already show), warnings, notes, the error and what to do, and the step or
 * challenge the line completed or checked, with its checks.
 */

import type { LessonView } from '@shared/contract';
import { inLanguage } from '@shared/errors';
import type { Text } from '@shared/lesson';
import {
  type ActionResult,
  actionPassed,
  type CheckResult,
  type ExploreResult,
  type StepResult,
} from '@shared/results';
import type { Translate } from '../../app/useStrings';
import type { en } from './strings';

export interface ReportContext {
  t: Translate<keyof typeof en>;
  text(text: Text): string;
  lesson?: LessonView;
  /** The step the learner has open in the lesson view. */
  openStep?: string;
}

// Red and green as the terminal's theme gives them (readable on both backgrounds); bold for what to act on.
export const style = {
  red: (s: string) => `\x1b[31m${s}\x1b[39m`,
  green: (s: string) => `\x1b[32m${s}\x1b[39m`,
  bold: (s: string) => `\x1b[1m${s}\x1b[22m`,
};

/** Lesson texts are Markdown: in a terminal, without the `code` and *emphasis* marks. */
export const plain = (markdown: string) =>
  markdown
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/\*([^*]+)\*/g, '$1');

/**
 * The lesson's challenge is checked after every line: worth showing once solved, or while the learner
 * works on it (its step open); otherwise it would bury every command's output under its checks.
 */
export function challengeShown(challenge: StepResult | undefined, openStep: string | undefined): boolean {
  return !!challenge && (challenge.ok || challenge.step === openStep);
}

/** A terminal needs \r\n where programs print \n. */
export const crlf = (text: string) => text.replace(/\r?\n/g, '\r\n');

/** The output not yet printed: all of it, or what follows what the stream already showed. */
export function remainingOutput(result: ActionResult, streamed: string): string {
  const all = result.output.map((chunk) => chunk.text).join('');
  if (!streamed) return all;
  return all.startsWith(streamed) ? all.slice(streamed.length) : '';
}

function checkLines(check: CheckResult, context: ReportContext): string[] {
  const text = (value: Text) => plain(context.text(value));
  const mark = check.ok ? style.green('✓') : style.red('✗');
  const found = check.detailText ? context.text(check.detailText) : check.detail;
  // What was found matters when a check failed; the step view keeps it for the ones that passed.
  return [
    `  ${mark} ${text(check.explain)}`,
    ...(found && !check.ok ? [`    ${found}`] : []),
    ...(check.note ? [`    ${text(check.note)}`] : []),
  ];
}

/** The heading of a step's result: complete, or on its way (its other commands not typed yet), or failed. */
function stepHeading(result: StepResult, context: ReportContext, challenge: boolean): string {
  const { t, lesson } = context;
  const steps = lesson?.id === result.lesson ? lesson.steps : [];
  const index = steps.findIndex((step) => step.id === result.step);
  const found = steps[index];
  const values = { n: index + 1, title: found ? plain(context.text(found.title)) : result.step };
  if (result.ok) return style.green(`✓ ${t(challenge ? 'challengeDone' : 'stepDone', values)}`);
  const total = found?.actions.length ?? 0;
  if (!challenge && result.actions.every(actionPassed) && result.actions.length < total)
    return `• ${t('stepPartly', { ...values, done: result.actions.length, total })}`;
  return style.red(`✗ ${t(challenge ? 'challengeNotYet' : 'stepNotYet', values)}`);
}

function stepLines(result: StepResult, context: ReportContext, challenge: boolean): string[] {
  return [
    stepHeading(result, context, challenge),
    ...result.actions.flatMap((action) => action.checks.flatMap((check) => checkLines(check, context))),
  ];
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
    const { message, fix } = inLanguage(result.error, text);
    lines.push(style.red(t('error', { message })));
    if (fix) lines.push(t('fix', { fix }));
  } else if (result.exitCode) lines.push(t('exit', { code: result.exitCode }));
  if (ran.step) lines.push(...stepLines(ran.step, context, false));
  if (ran.challenge && challengeShown(ran.challenge, context.openStep))
    lines.push(...stepLines(ran.challenge, context, true));
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
