// A lesson file compiles only when every command formats back to its own text, what it publishes and
// needs is declared, and every check reads an object the lesson creates.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lessonsDir } from '../../../src/main/lessons/catalog';
import { compileLesson } from '../../../src/main/lessons/model/compile';

const networks = JSON.parse(readFileSync(join(lessonsDir(), 'networks.json'), 'utf8'));
const text = { en: 'x', id: 'x' };

function minimal(actions: unknown[], requires: Record<string, unknown> = {}) {
  return {
    format: 2,
    id: 'demo',
    order: 9,
    title: text,
    summary: text,
    intro: text,
    ending: text,
    requires,
    steps: [{ id: 'one', title: text, explanation: text, actions }],
  };
}

describe('compileLesson', () => {
  it('compiles the shipped networks lesson, keeping each command as written', () => {
    const { lesson, problems } = compileLesson(networks);
    expect(problems).toEqual([]);
    expect(lesson?.steps[0]?.actions[1]).toMatchObject({
      command: 'docker run -d --name=redis --net=backend-network redis',
      spec: { kind: 'run', name: 'redis', network: 'backend-network', detach: true },
    });
    expect(lesson?.consoles[0]?.spec).toMatchObject({ kind: 'run', tty: true, interactive: true });
  });

  it('refuses a command that does not format back to its own text', () => {
    const { problems } = compileLesson(minimal([{ command: 'docker run --detach --name  web nginx' }]));
    expect(problems).toEqual([
      'steps.one.actions.0: formats back as "docker run --detach --name web nginx", not as written: write it that way',
    ]);
  });

  it('names a command that does not parse, and an undeclared port, link and privilege', () => {
    const { problems } = compileLesson(
      minimal([{ command: 'docker build web' }, { command: 'docker run -d --privileged -p 8080:80 --link db web' }]),
    );
    expect(problems).toEqual([
      expect.stringMatching(/^steps\.one\.actions\.0: "docker build web" does not parse: /),
      'requires.hostPorts: the lesson publishes 8080',
      'requires.legacyLinks: a command uses --link',
      'requires.privileged: a command uses --privileged',
    ]);
  });

  it('refuses a check that reads an object no command creates', () => {
    const check = { id: 'up', kind: 'container-running', container: 'ghost', explain: text };
    const { problems } = compileLesson(minimal([{ command: 'docker run -d --name web nginx', checks: [check] }]));
    expect(problems).toEqual([
      'steps.one.actions.0.checks.up: reads the container "ghost", which no command of the lesson creates',
    ]);
  });

  it('refuses unknown fields and a console that is not interactive', () => {
    const withConsole = {
      ...minimal([{ command: 'docker ps' }]),
      consoles: [{ id: 'cli', label: text, command: 'docker run redis redis-cli' }],
    };
    expect(compileLesson(withConsole).problems).toEqual([
      'consoles.cli: a console is an interactive run: docker run -it …',
    ]);
    expect(compileLesson({ ...minimal([{ command: 'docker ps' }]), usesLegacyLinks: true }).problems).toEqual([
      '(file): Unrecognized key: "usesLegacyLinks"',
    ]);
  });
});
