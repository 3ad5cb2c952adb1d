/**
 * The headless runner: the same lessons, engine and checks as the desktop app, from a terminal.
 * For teachers preparing a classroom, for CI, and for us.  Usage: npm run lab -- --help
 *
 * It starts as fast as a command-line tool should: the engine client (and all that running a lesson
 * needs) is imported only by the commands that use the engine, so `list`, `validate` and `--help`
 * never load it.
 */
import { AppError, inLanguage } from '@shared/errors';
import type { Language } from '@shared/lesson';
import { type LabArgs, parseArgs, UsageError, usage } from './lab/args';
import type { EngineCommand } from './lab/engine-commands';
import { style } from './lab/style';
import { validateFiles } from './lab/validate';
import { loadLessons } from './lessons/catalog';
import { formatAction } from './lessons/commands/format';
import { installProcessGuard } from './process-guard';

installProcessGuard();
// A reader that stops reading (`npm run lab -- list | head`) ends the lab, as it ends any command-line tool.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

/** The language of what the runner prints (`--lang`), also for an error that ends it. */
let language: Language = 'en';

const engineCommandNames: readonly string[] = ['doctor', 'run', 'reset'] satisfies EngineCommand[];

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

async function main(argv: string[]): Promise<number> {
  const args: LabArgs = parseArgs(argv);
  language = args.lang;
  if (args.help || !args.command) {
    console.log(usage);
    return args.help ? 0 : 2;
  }
  if (engineCommandNames.includes(args.command)) {
    const { runEngineCommand } = await import('./lab/engine-commands');
    return runEngineCommand(args.command as EngineCommand, args);
  }
  switch (args.command) {
    case 'list':
      return list();
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
    else if (error instanceof AppError) {
      const { message, fix } = inLanguage(error, language);
      console.error(style.red(message) + (fix ? `\n${fix}` : ''));
    } else console.error(error);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  },
);
