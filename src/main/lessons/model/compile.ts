/**
 * A lesson file → the lesson the app runs, or the list of what is wrong with it. Every command must
 * parse and format back to the very same text; what the lesson publishes and needs must be declared;
 * every check must read something the lesson itself creates.
 */
import { type LessonCheck, objectsNamedBy } from '../checks/vocabulary';
import { type ActionSpec, commandFor, formatAction, parseCommand } from '../commands';
import { type LessonFile, lessonFileSchema } from './file-schema';
import type { Lesson, LessonAction, LessonConsole } from './types';

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

function checkReferences(actions: LessonAction[], where: (check: LessonCheck) => string, problems: Problems): void {
  const created = createdNames(actions);
  for (const node of new Set(actions.flatMap((action) => action.node ?? [])))
    if (!created.has(`container:${node}`))
      problems.add(`node ${node}`, 'commands run on it, but no command of the lesson starts a container of that name');
  for (const action of actions)
    for (const check of action.checks)
      for (const named of objectsNamedBy(check))
        if (!created.has(`${named.kind}:${named.name}`))
          problems.add(where(check), `reads the ${named.kind} "${named.name}", which no command of the lesson creates`);
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
  const steps = file.steps.map((step) => ({
    ...step,
    actions: step.actions.flatMap((action, index) => {
      const spec = compileCommand(action.command, `steps.${step.id}.actions.${index}`, problems);
      return spec ? [{ ...action, spec }] : [];
    }),
  }));
  const actions = steps.flatMap((step) => step.actions);
  const checkIds = new Map(
    steps.flatMap((step) =>
      step.actions.flatMap((a, i) => a.checks.map((c) => [c, `steps.${step.id}.actions.${i}.checks.${c.id}`] as const)),
    ),
  );
  checkDeclarations(file, actions, problems);
  checkReferences(actions, (check) => checkIds.get(check) ?? check.id, problems);
  const consoles = file.consoles.flatMap((console) => compileConsole(console, problems) ?? []);
  const created = createdNames(actions);
  for (const { id, node } of consoles)
    if (node && !created.has(`container:${node}`))
      problems.add(`consoles.${id}`, `runs on ${node}, but no command of the lesson starts a container of that name`);
  if (problems.list.length > 0) return { problems: problems.list };
  const { $schema: _schema, format: _format, ...rest } = file;
  return { lesson: { ...rest, steps, consoles }, problems: [] };
}
