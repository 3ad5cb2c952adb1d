/** How the headless runner shows lessons, output and checks in a terminal, or as JSON lines. */

import { inLanguage } from '@shared/errors';
import type { Language } from '@shared/lesson';
import type { ActionResult, RunnerEvent } from '@shared/results';
import { textOf } from '../engine';
import type { Lesson, LessonStep } from '../lessons/model/types';
import { labTexts } from './messages';
import { style } from './style';

const write = (text: string) => process.stdout.write(text);

function indent(text: string, pad = '    '): string {
  return text.replace(/\n$/, '').replace(/^/gm, pad);
}

export function printLessonHeader(lesson: Lesson, lang: Language): void {
  write(`\n${style.bold(`━━ ${lesson.title[lang]} (${lesson.id}) ━━`)}\n${lesson.summary[lang]}\n`);
}

export function printStepHeader(lesson: Lesson, step: LessonStep, lang: Language): void {
  const number = lesson.steps.indexOf(step) + 1;
  write(
    `\n${style.bold(labTexts.step[lang]({ number, of: lesson.steps.length, title: step.title[lang] }))}\n${style.dim(indent(step.explanation[lang], '  '))}\n`,
  );
}

/** Live output for people: commands, streamed output, progress, then the verdicts. */
export function humanPrinter(lang: Language): (event: RunnerEvent) => void {
  let lastProgress = '';
  return (event) => {
    switch (event.type) {
      case 'action-start':
        write(`\n  ${style.cyan(`${event.node ? `${event.node} ` : ''}$`)} ${style.bold(event.command)}\n`);
        break;
      case 'output':
        write(
          `${event.chunk.stream === 'stderr' ? style.yellow(indent(event.chunk.text)) : indent(event.chunk.text)}\n`,
        );
        break;
      case 'progress': {
        const { kind, image, status, total } = event.progress;
        // Byte counts and the builder's housekeeping lines would drown the steps that matter.
        const telling = kind === 'pull' ? !total : /^(Step \d|Successfully)/.test(status);
        const line = `${kind} ${image}: ${status}`;
        if (telling && line !== lastProgress) write(style.dim(`    · ${line}\n`));
        lastProgress = line;
        break;
      }
      case 'action-end':
        printVerdicts(event.result, lang);
        break;
    }
  };
}

function printVerdicts(result: ActionResult, lang: Language): void {
  const seconds = (result.durationMs / 1000).toFixed(1);
  if (result.error) {
    const { message, fix } = inLanguage(result.error, lang);
    write(`  ${style.red(`✗ ${message}`)}\n`);
    if (fix) write(`    ${style.bold(labTexts.whatToDo[lang])} ${fix}\n`);
  } else {
    const ran = { exitCode: String(result.exitCode ?? '-'), seconds, calls: result.apiCalls.length };
    write(style.dim(`  ${labTexts.ran[lang](ran)}\n`));
  }
  for (const note of result.notes) write(`  ${style.yellow('ℹ')} ${note[lang]}\n`);
  for (const check of result.checks) {
    const mark = check.ok ? style.green('✓') : style.red('✗');
    write(`  ${mark} ${check.id}: ${check.detailText?.[lang] ?? check.detail}\n`);
    write(style.dim(`      ${check.explain[lang]}\n`));
    if (check.note) write(`      ${style.yellow('ℹ')} ${check.note[lang]}\n`);
  }
}

/** One JSON object per executed action. */
export function jsonLine(result: ActionResult): string {
  return JSON.stringify({
    lesson: result.lesson,
    step: result.step,
    command: result.command,
    exitCode: result.exitCode,
    output: textOf(result.output),
    checks: result.checks.map((c) => ({ id: c.id, ok: c.ok, detail: c.detail })),
    ...(result.warnings.length > 0 ? { warnings: result.warnings } : {}),
    ...(result.error ? { error: result.error } : {}),
  });
}
