// Every command the two seed lessons (links, networks) display must be the seed lesson's own text (tests/fixtures), with two
// documented exceptions: `curl docker:3000` targets the engine's host, and the 2016 example image is
// replaced by our locally built one.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findLesson, loadLessons } from '../../../src/main/lessons/catalog';
import { formatAction } from '../../../src/main/lessons/commands';

const seedPath = resolve(__dirname, '../../fixtures/katacoda-seed-lesson.id.md');
const seedCommands = [...readFileSync(seedPath, 'utf8').matchAll(/\*\*((?:docker|curl) [^*]+?)\*\*/g)].map(
  (m) => m[1] as string,
);

const ourImage = 'container-talk/redis-node-example';
const expectedFromSeed = seedCommands.map((command) =>
  command
    .replace('katacoda/redis-node-docker-example', ourImage)
    .replace('curl docker:3000', 'curl http://localhost:3000'),
);

// The original networks scenario continues after the part the seed copied.
const furtherSteps = [
  'docker network create frontend-network2',
  'docker network connect --alias db frontend-network2 redis',
  'docker run --net=frontend-network2 alpine ping -c1 db',
  'docker network ls',
  'docker network inspect frontend-network',
  'docker network disconnect frontend-network redis',
];

describe('displayed commands', () => {
  const lessons = loadLessons();
  const seedLessons = ['links', 'networks'].map((id) => findLesson(lessons, id));
  // A challenge displays no command: its actions are the solution, which the learner never sees.
  const shown = seedLessons.flatMap((lesson) => lesson.steps.filter((step) => !step.challenge));
  const displayed = shown.flatMap((step) => step.actions.map((action) => formatAction(action.spec)));

  it('are what the lesson files say, word for word', () => {
    const written = shown.flatMap((step) => step.actions.map((a) => a.command));
    expect(displayed).toEqual(written);
  });

  it('finds the seed commands', () => {
    expect(seedCommands).toHaveLength(17);
    expect(seedCommands[0]).toBe('docker run -d --name redis-server redis');
  });

  it('equal the seed text, then the further steps of the original scenario', () => {
    expect(displayed).toEqual([...expectedFromSeed, ...furtherSteps]);
  });

  it('differ from the seed only where documented', () => {
    const changed = displayed.slice(0, seedCommands.length).filter((command, i) => command !== seedCommands[i]);
    expect(changed).toEqual([
      `docker run -d -p 3000:3000 --link redis-server:redis ${ourImage}`,
      'curl http://localhost:3000',
      `docker run -d -p 3000:3000 --net=frontend-network ${ourImage}`,
      'curl http://localhost:3000',
    ]);
  });
});
