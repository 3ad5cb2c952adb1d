/**
 * The headless runner: the same lessons, engine and checks as the desktop app, from a terminal.
 * For teachers preparing a classroom, for CI, and for us.  Usage: npm run lab -- --help
 */
import { AppError, inLanguage } from '@shared/errors';
import type { Language } from '@shared/lesson';
import { describeReport, discoverEngine, EngineUnavailableError, openEngine } from './engine';
import { type LabArgs, parseArgs, UsageError, usage } from './lab/args';
import { cancelOnInterrupt, EXIT_INTERRUPTED } from './lab/interrupt';
import { labTexts } from './lab/messages';
import { humanPrinter, jsonLine, printLessonHeader, printStepHeader, style } from './lab/print';
import { validateFiles } from './lab/validate';
import { findLesson, loadLessons } from './lessons/catalog';
import { formatAction } from './lessons/commands';
import type { Lesson, LessonStep } from './lessons/model/types';
import { LessonRunner } from './lessons/runner';
import { resetLesson } from './lessons/safety/reset';
import { installProcessGuard } from './process-guard';

installProcessGuard();
// A reader that stops reading (`npm run lab -- list | head`) ends the lab, as it ends any command-line tool.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

/** The language of what the runner prints (`--lang`), also for an error that ends it. */
let language: Language = 'en';

async function doctor(): Promise<number> {
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

function list(): number {
  for (const lesson of loadLessons()) {
    console.log(`${style.bold(lesson.id)}  ${lesson.title.en} / ${lesson.title.id}`);
    lesson.steps.forEach((step, i) => {
      console.log(`  ${i + 1}. ${step.title.en}`);
      if (step.challenge) console.log(style.dim('       (a challenge: the learner types the commands; its solution)'));
      for (const action of step.actions) console.log(style.dim(`       ${formatAction(action.spec)}`));
    });
  }
  return 0;
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
  const interrupt = cancelOnInterrupt(() => console.error(style.yellow(`\n${labTexts.cancelling[language]}`)));
  try {
    const failed = await runSteps(new LessonRunner(engine, { onEvent, signal: interrupt.signal }), lesson, steps, args);
    const cancelled = interrupt.signal.aborted;
    if (!args.json) console.log(verdict(failed, cancelled));
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

function verdict(failed: boolean, cancelled: boolean): string {
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

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  language = args.lang;
  if (args.help || !args.command) {
    console.log(usage);
    return args.help ? 0 : 2;
  }
  switch (args.command) {
    case 'doctor':
      return doctor();
    case 'list':
      return list();
    case 'run':
      return run(args);
    case 'reset':
      return reset(args);
    case 'validate':
      if (args.positional.length === 0)
        throw new UsageError('validate needs lesson files: npm run lab -- validate resources/lessons/*.json');
      return validateFiles(args.positional);
    default:
      throw new UsageError(`unknown command "${args.command}"`);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) console.error(`${error.message}\n\n${usage}`);
    else if (error instanceof EngineUnavailableError) console.error(style.red(error.text[language]));
    else if (error instanceof AppError) {
      const { message, fix } = inLanguage(error, language);
      console.error(style.red(message) + (fix ? `\n${fix}` : ''));
    } else console.error(error);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  },
);
