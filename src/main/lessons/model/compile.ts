/**
 * A lesson file → the lesson the app runs, or the list of what is wrong with it. Every command must
 * parse and format back to the very same text; what the lesson publishes and needs must be declared;
 * every check must read something the lesson itself creates.
 */
import { challengeCheckKinds } from '../challenges/kinds';
import { type LessonCheck, objectsNamedBy } from '../checks/vocabulary';
import { type ActionSpec, commandFor, formatAction, parseCommand } from '../commands';
import { type LessonFile, lessonFileSchema } from './file-schema';
import type { Lesson, LessonAction, LessonConsole, LessonStep } from './types';

type FileStep = LessonFile['steps'][number];
/** A check with where it is in the file, for the problems found in it. */
type PlacedCheck = readonly [LessonCheck, string];

/** Objects every engine has: a lesson may name them without creating them. */
const builtin = new Set(['network:bridge', 'network:host', 'network:none']);

class Problems {
  readonly list: string[] = [];
  add(where: string, message: string): void {
    this.list.push(`${where}: ${message}`);
  }
}

function compileCommand(text: string, where: string, problems: Problems): ActionSpec | undefined {
  try {
    const spec = parseCommand(text);
    const back = formatAction(spec);
    if (back !== text) problems.add(where, `formats back as "${back}", not as written: write it that way`);
    return spec;
  } catch (error) {
    problems.add(where, `"${text}" does not parse: ${(error as Error).message}`);
    return undefined;
  }
}

function publishedPorts(spec: ActionSpec): number[] {
  return spec.kind === 'run' ? spec.publish.flatMap((p) => (p.hostPort ? [Number(p.hostPort)] : [])) : [];
}

/** Every object name the lesson's commands create (containers, networks, services). */
function createdNames(actions: LessonAction[]): Set<string> {
  const names = new Set(builtin);
  for (const { spec } of actions) {
    for (const provided of commandFor(spec.kind).leaves?.(spec)?.provides ?? []) names.add(provided);
    if (spec.kind === 'run' && spec.name) names.add(`container:${spec.name}`);
  }
  return names;
}

function checkDeclarations(file: LessonFile, actions: LessonAction[], problems: Problems): void {
  const ports = new Set(actions.flatMap(({ spec }) => publishedPorts(spec)));
  for (const port of ports)
    if (!file.requires.hostPorts.includes(port)) problems.add('requires.hostPorts', `the lesson publishes ${port}`);
  for (const port of file.requires.hostPorts)
    if (!ports.has(port)) problems.add('requires.hostPorts', `no command publishes ${port}`);
  const links = actions.some(({ spec }) => spec.kind === 'run' && spec.links.length > 0);
  if (links && !file.requires.legacyLinks) problems.add('requires.legacyLinks', 'a command uses --link');
  const privileged = actions.some(({ spec }) => spec.kind === 'run' && spec.privileged);
  if (privileged && !file.requires.privileged) problems.add('requires.privileged', 'a command uses --privileged');
}

function checkReferences(actions: LessonAction[], checks: PlacedCheck[], problems: Problems): void {
  const created = createdNames(actions);
  for (const node of new Set(actions.flatMap((action) => action.node ?? [])))
    if (!created.has(`container:${node}`))
      problems.add(`node ${node}`, 'commands run on it, but no command of the lesson starts a container of that name');
  for (const [check, where] of checks)
    for (const named of objectsNamedBy(check))
      if (!created.has(`${named.kind}:${named.name}`))
        problems.add(where, `reads the ${named.kind} "${named.name}", which no command of the lesson creates`);
}

/** A challenge's solution compiles like actions; its checks read the engine as it is, with ids of their own. */
function validateChallenge(step: LessonStep, solution: LessonAction[], problems: Problems): void {
  const where = `steps.${step.id}`;
  solution.forEach(({ spec }, index) => {
    if (spec.kind === 'run' && (spec.tty || spec.interactive))
      problems.add(`${where}.challenge.solution.${index}`, 'a solution runs without a person: no -i or -t');
  });
  const ids = new Set<string>();
  for (const check of step.challenge?.checks ?? []) {
    if (!challengeCheckKinds.has(check.kind))
      problems.add(
        `${where}.checks.${check.id}`,
        `a challenge has no command of its own, so "${check.kind}" has no output to read; use one of ${[...challengeCheckKinds].join(', ')}`,
      );
    if (ids.has(check.id)) problems.add(`${where}.checks.${check.id}`, 'two checks of the challenge have this id');
    ids.add(check.id);
  }
}

function compileCommands(
  commands: Array<{ command: string; node?: string }>,
  where: string,
  problems: Problems,
): LessonAction[] {
  return commands.flatMap((action, index) => {
    const spec = compileCommand(action.command, `${where}.${index}`, problems);
    return spec ? [{ checks: [], ...action, spec }] : [];
  });
}

/** A step as the app runs it: a challenge's solution becomes its actions, its goal, hints and checks its challenge. */
function compileStep(file: FileStep, problems: Problems): LessonStep {
  const { actions, challenge, checks, ...rest } = file;
  if (!challenge) return { ...rest, actions: compileCommands(actions ?? [], `steps.${file.id}.actions`, problems) };
  const solution = compileCommands(challenge.solution, `steps.${file.id}.challenge.solution`, problems);
  const step = {
    ...rest,
    actions: solution,
    challenge: { goal: challenge.goal, hints: challenge.hints, checks: checks ?? [] },
  };
  validateChallenge(step, solution, problems);
  return step;
}

/** Every check of the lesson, with where it is in the file. */
function placedChecks(steps: LessonStep[]): PlacedCheck[] {
  return steps.flatMap((step) => [
    ...step.actions.flatMap((a, i) =>
      a.checks.map((c) => [c, `steps.${step.id}.actions.${i}.checks.${c.id}`] as const),
    ),
    ...(step.challenge?.checks ?? []).map((c) => [c, `steps.${step.id}.checks.${c.id}`] as const),
  ]);
}

function compileConsole(console: LessonFile['consoles'][number], problems: Problems): LessonConsole | undefined {
  const where = `consoles.${console.id}`;
  const spec = compileCommand(console.command, where, problems);
  if (!spec) return undefined;
  if (spec.kind !== 'run' || !spec.tty || !spec.interactive) {
    problems.add(where, 'a console is an interactive run: docker run -it …');
    return undefined;
  }
  return { ...console, spec };
}

/** The lesson, or every problem found in it (none when the lesson is good). */
export function compileLesson(json: unknown): { lesson?: Lesson; problems: string[] } {
  const parsed = lessonFileSchema.safeParse(json);
  if (!parsed.success)
    return { problems: parsed.error.issues.map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`) };
  const file = parsed.data;
  const problems = new Problems();
  const steps = file.steps.map((step) => compileStep(step, problems));
  const actions = steps.flatMap((step) => step.actions);
  checkDeclarations(file, actions, problems);
  checkReferences(actions, placedChecks(steps), problems);
  const consoles = file.consoles.flatMap((console) => compileConsole(console, problems) ?? []);
  const created = createdNames(actions);
  for (const { id, node } of consoles)
    if (node && !created.has(`container:${node}`))
      problems.add(`consoles.${id}`, `runs on ${node}, but no command of the lesson starts a container of that name`);
  if (problems.list.length > 0) return { problems: problems.list };
  const { $schema: _schema, format: _format, ...rest } = file;
  return { lesson: { ...rest, steps, consoles }, problems: [] };
}
