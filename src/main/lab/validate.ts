/**
 * `npm run lab -- validate FILE...`: what is wrong with lesson files, found without an engine: the schema,
 * every command parsing and formatting back to its own text, every check reading what the lesson creates.
 */
import { readFileSync } from 'node:fs';
import { compileLesson } from '../lessons/model/compile';
import type { Lesson } from '../lessons/model/types';
import { style } from './style';

/** The file's lesson, or its problems (a file that cannot be read or is not JSON has one). */
function check(file: string): { lesson?: Lesson; problems: string[] } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { problems: [`cannot read it: ${(error as Error).message}`] };
  }
  try {
    return compileLesson(JSON.parse(text));
  } catch (error) {
    return { problems: [`not JSON: ${(error as Error).message}`] };
  }
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** Steps, commands (actions, challenges' solutions and consoles), checks and challenges, for the one-line verdict. */
function counts(lesson: Lesson): string {
  const actions = lesson.steps.flatMap((step) => step.actions);
  const challenges = lesson.steps.flatMap((step) => step.challenge ?? []);
  const checks = [...actions, ...challenges].reduce((sum, { checks }) => sum + checks.length, 0);
  return [
    count(lesson.steps.length, 'step'),
    count(actions.length + lesson.consoles.length, 'command'),
    count(checks, 'check'),
    ...(challenges.length > 0 ? [count(challenges.length, 'challenge')] : []),
  ].join(', ');
}

/** Prints one line per problem, or one "ok" line per good file; 1 when any file has a problem. */
export function validateFiles(files: string[]): number {
  let bad = false;
  for (const file of files) {
    // Like the catalog: `validate resources/lessons/*.json` also matches the lessons' own JSON Schema.
    if (file.endsWith('.schema.json')) {
      console.log(style.dim(`${file}: skipped, a JSON Schema and not a lesson`));
      continue;
    }
    const { lesson, problems } = check(file);
    for (const problem of problems) console.log(`${file}: ${style.red(problem)}`);
    if (lesson) console.log(`${file}: ${style.green('ok')} (${counts(lesson)})`);
    else bad = true;
  }
  return bad ? 1 : 0;
}
