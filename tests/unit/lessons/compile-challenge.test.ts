// A challenge step: a goal, hints and a solution with its checks instead of actions. Its solution
// compiles like actions (parse, round-trip, requires); its checks read the engine's state (no command
// output) and only objects the lesson creates; the renderer is shown goal, hints and checks, never the solution.
import { describe, expect, it } from 'vitest';
import { lessonView } from '../../../src/main/api/lesson-views';
import { loadLessons } from '../../../src/main/lessons/catalog';
import { planSteps } from '../../../src/main/lessons/checks/dependencies';
import { compileLesson } from '../../../src/main/lessons/model/compile';

const text = { en: 'x', id: 'y' };
const attachedCheck = { id: 'web-on-net', explain: text, kind: 'attached', container: 'web', network: 'demo-net' };

function withSteps(...steps: unknown[]) {
  return { format: 2, id: 'demo', order: 9, title: text, summary: text, intro: text, ending: text, steps };
}

const setup = {
  id: 'setup',
  title: text,
  explanation: text,
  actions: [{ command: 'docker network create demo-net' }],
};

function challengeStep(overrides: Record<string, unknown> = {}, challenge: Record<string, unknown> = {}) {
  return {
    id: 'challenge',
    title: text,
    explanation: text,
    challenge: {
      goal: text,
      hints: [text, text],
      solution: [{ command: 'docker run -d --name web --net=demo-net alpine sleep 600' }],
      ...challenge,
    },
    checks: [attachedCheck],
    ...overrides,
  };
}

describe('a challenge step', () => {
  it('compiles: its solution becomes its actions (without checks), its goal, hints and checks its challenge', () => {
    const { lesson, problems } = compileLesson(withSteps(setup, challengeStep()));
    expect(problems).toEqual([]);
    const step = lesson?.steps[1];
    expect(step?.actions).toEqual([
      expect.objectContaining({ spec: expect.objectContaining({ kind: 'run', name: 'web' }), checks: [] }),
    ]);
    expect(step?.challenge).toEqual({ goal: text, hints: [text, text], checks: [attachedCheck] });
  });

  it('is refused with actions, without checks, or with no hints; checks alone belong to a challenge', () => {
    const cases = [
      challengeStep({ actions: [{ command: 'docker ps' }] }),
      challengeStep({ checks: undefined }),
      challengeStep({}, { hints: [] }),
      { ...setup, id: 'loose', checks: [attachedCheck] },
      { id: 'empty', title: text, explanation: text },
    ];
    const problems = cases.map((step) => compileLesson(withSteps(setup, step)).problems);
    expect(problems).toEqual([
      ['steps.1: a challenge step has no actions: the learner types the commands'],
      ['steps.1: a challenge step needs its checks'],
      [expect.stringMatching(/^steps\.1\.challenge\.hints: /)],
      ['steps.1: checks at the step belong to a challenge: put them in an action, or add "challenge"'],
      ['steps.1: a step needs "actions", or "challenge" with its "checks"'],
    ]);
  });

  it('holds its solution to the rules of actions: parse, round-trip, requires, no -it', () => {
    const solution = [
      { command: 'docker build web' },
      { command: 'docker run --detach --name  web alpine' },
      { command: 'docker run -d -p 8080:80 --name web2 alpine' },
      { command: 'docker run -it --name web3 alpine sh' },
    ];
    const { problems } = compileLesson(withSteps(setup, challengeStep({}, { solution })));
    expect(problems).toEqual([
      expect.stringMatching(/^steps\.challenge\.challenge\.solution\.0: "docker build web" does not parse: /),
      'steps.challenge.challenge.solution.1: formats back as "docker run --detach --name web alpine", not as written: write it that way',
      'steps.challenge.challenge.solution.2: a solution runs without a person: no -i or -t',
      'requires.hostPorts: the lesson publishes 8080',
    ]);
  });

  it('takes only checks that read the engine as it is, with ids of their own, on objects the lesson creates', () => {
    const checks = [
      { id: 'exit', explain: text, kind: 'exit-code' },
      attachedCheck,
      attachedCheck,
      { id: 'db', explain: text, kind: 'container-running', container: 'db' },
    ];
    const { problems } = compileLesson(withSteps(setup, challengeStep({ checks })));
    expect(problems).toEqual([
      expect.stringMatching(/^steps\.challenge\.checks\.exit: a challenge has no command of its own, so "exit-code"/),
      'steps.challenge.checks.web-on-net: two checks of the challenge have this id',
      'steps.challenge.checks.db: reads the container "db", which no command of the lesson creates',
    ]);
  });
});

describe('the shipped lessons', () => {
  const context = { publishedHost: 'localhost' };
  it.each(loadLessons().map((lesson) => [lesson.id, lesson] as const))('%s ends with a challenge', (_id, lesson) => {
    const last = lesson.steps.at(-1);
    expect(last?.challenge?.hints.length).toBeGreaterThanOrEqual(2);
    expect(last?.challenge?.hints.length).toBeLessThanOrEqual(3);
    expect(last?.challenge?.checks.length).toBeGreaterThan(0);
    // The renderer gets goal, hints and checks, not the solution: the last hint comes near, never all the way.
    const view = lessonView(lesson, context, { isPodman: false });
    const shown = view.steps.at(-1);
    expect(shown?.actions).toEqual([]);
    expect(Object.keys(shown?.challenge ?? {}).sort()).toEqual(
      ['checks', 'goal', 'hints', ...(shown?.challenge?.node ? ['node'] : [])].sort(),
    );
    expect(shown?.challenge?.checks.map((c) => c.id)).toEqual(last?.challenge?.checks.map((c) => c.id));
    expect(JSON.stringify(view)).not.toContain(last?.actions.at(-1)?.command);
  });
});

describe("a challenge's place among the steps", () => {
  it('needs what earlier steps leave, and leaves nothing looked for as its own (the learner types it)', () => {
    const networks = loadLessons().find((lesson) => lesson.id === 'networks');
    const plan = planSteps(networks?.steps ?? []).at(-1);
    expect(plan).toMatchObject({ step: 'challenge', leftovers: [] });
    expect(plan?.needs.map(({ kind, name, step }) => ({ kind, name, step }))).toEqual([
      { kind: 'container', name: 'redis', step: 'create-network' },
    ]);
  });
});
