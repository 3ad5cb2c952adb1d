/**
 * The lab's commands that need the engine (doctor, run, reset). lab.ts imports this module only when
 * one of them is asked for, so `list`, `validate` and `--help` never load the engine client.
 */
import type { Language } from '@shared/lesson';
import { describeReport, discoverEngine, EngineUnavailableError, openEngine } from '../engine';
import { findLesson, loadLessons } from '../lessons/catalog';
import type { Lesson, LessonStep } from '../lessons/model/types';
import { LessonRunner } from '../lessons/runner';
import { resetLesson } from '../lessons/safety/reset';
import { type LabArgs, UsageError } from './args';
import { cancelOnInterrupt, EXIT_INTERRUPTED } from './interrupt';
import { labTexts } from './messages';
import { humanPrinter, jsonLine, printLessonHeader, printStepHeader } from './print';
import { style } from './style';

async function doctor(language: Language): Promise<number> {
  const report = await discoverEngine();
  for (const probe of report.probes) {
    const state = probe.skipped
      ? style.dim(labTexts.probeSkipped[language])
      : probe.ok
        ? style.green(labTexts.probeAnswers[language])
        : style.red(probe.failure?.code ?? 'failed');
    console.log(
      `${probe.ok ? '●' : '○'} ${probe.endpoint.label.padEnd(28)} ${probe.endpoint.url}  ${state} ${style.dim(`${probe.ms} ms`)}`,
    );
    const failure = probe.failure;
    if (failure) console.log(style.dim(`    ${failure.messageText[language]} ${failure.fixText[language]}`));
  }
  console.log(`\n${describeReport(report)[language]}`);
  return report.chosen ? 0 : 1;
}

async function run(args: LabArgs): Promise<number> {
  const [lessonId] = args.positional;
  if (!lessonId) throw new UsageError('run needs a lesson: npm run lab -- run links');
  const lesson = findLesson(loadLessons(), lessonId);
  const steps = args.step === undefined ? lesson.steps : lesson.steps.slice(args.step - 1, args.step);
  if (steps.length === 0) throw new UsageError(`lesson ${lesson.id} has steps 1 to ${lesson.steps.length}`);
  const engine = await openEngine();
  const onEvent = args.json
    ? (e: Parameters<ReturnType<typeof humanPrinter>>[0]) => e.type === 'action-end' && console.log(jsonLine(e.result))
    : humanPrinter(args.lang);
  if (!args.json) {
    console.log(
      style.dim(
        `Engine: ${engine.identity.product} ${engine.identity.version} (API ${engine.identity.apiVersion}) at ${engine.endpoint.url}`,
      ),
    );
    printLessonHeader(lesson, args.lang);
  }
  const interrupt = cancelOnInterrupt(() => console.error(style.yellow(`\n${labTexts.cancelling[args.lang]}`)));
  try {
    const failed = await runSteps(new LessonRunner(engine, { onEvent, signal: interrupt.signal }), lesson, steps, args);
    const cancelled = interrupt.signal.aborted;
    if (!args.json) console.log(verdict(failed, cancelled, args.lang));
    return cancelled ? EXIT_INTERRUPTED : failed ? 1 : 0;
  } finally {
    interrupt.dispose();
  }
}

/** Runs the steps in order until one fails (later steps build on it); true when one did. */
async function runSteps(runner: LessonRunner, lesson: Lesson, steps: LessonStep[], args: LabArgs): Promise<boolean> {
  for (const step of steps) {
    if (!args.json) printStepHeader(lesson, step, args.lang);
    if (!(await runner.runStep(lesson, step)).ok) return true;
  }
  return false;
}

function verdict(failed: boolean, cancelled: boolean, language: Language): string {
  if (cancelled) return style.yellow(`\n${labTexts.cancelled[language]}`);
  return failed ? style.red(`\n${labTexts.stopped[language]}`) : style.green(`\n${labTexts.allPassed[language]}`);
}

async function reset(args: LabArgs): Promise<number> {
  const [lessonId] = args.positional;
  if (lessonId) findLesson(loadLessons(), lessonId);
  const report = await resetLesson(await openEngine(), lessonId);
  console.log(`Removed ${report.removedContainers.length} container(s): ${report.removedContainers.join(', ') || '-'}`);
  console.log(`Removed ${report.removedNetworks.length} network(s): ${report.removedNetworks.join(', ') || '-'}`);
  for (const kept of report.kept) console.log(style.yellow(`Kept ${kept}`));
  return 0;
}

export const engineCommands = {
  doctor: (args: LabArgs) => doctor(args.lang),
  run,
  reset,
} as const;

export type EngineCommand = keyof typeof engineCommands;

/** Runs one of the engine's commands; an engine that does not answer is explained, and exits 1. */
export async function runEngineCommand(command: EngineCommand, args: LabArgs): Promise<number> {
  try {
    return await engineCommands[command](args);
  } catch (error) {
    if (!(error instanceof EngineUnavailableError)) throw error;
    console.error(style.red(error.text[args.lang]));
    return 1;
  }
}
