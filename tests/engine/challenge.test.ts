// A challenge judged against the engine as the learner left it: before it is solved every check is red
// and says what it found (no error); the learner's own objects made with the docker CLI are never
// exec'd into; typed commands (run as the Explore terminal runs them, labelled with the lesson) turn it
// green; the handler refuses an unknown step and a step that is not a challenge; a reset removes it all.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers, type Handlers } from '../../src/main/api/handlers';
import { type AppServices, createServices } from '../../src/main/api/services';
import { checkChallenge } from '../../src/main/lessons/challenges/check';
import { failures, runSteps } from '../lesson-runs';
import { docker, LessonRunner, lesson, privateDockerHost, removeQuietly, resetAll, testEngine } from './support';

type Engine = Awaited<ReturnType<typeof testEngine>>;
let engine: Engine;
let dir: string;
let services: AppServices;
let handlers: Handlers;

const networks = lesson('networks');
const challenge = networks.steps.at(-1);
const ours = () => docker('ps', '-aq', '--filter', 'label=container-talk.lesson=networks');

beforeAll(async () => {
  engine = await testEngine();
  await resetAll(engine);
  dir = mkdtempSync(join(tmpdir(), 'ct-challenge-'));
  services = await createServices({ dataDir: dir, discovery: { env: { DOCKER_HOST: privateDockerHost() } } });
  handlers = createHandlers(services);
});
afterAll(async () => {
  await removeQuietly('container', 'web2');
  await removeQuietly('network', 'db-network');
  await resetAll(engine);
  await services?.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe('the networks challenge', () => {
  it('is red with what each check found, refuses the learner’s own objects, and turns green once typed', async () => {
    if (!challenge?.challenge) throw new Error('the networks lesson ends with a challenge');
    expect(failures(await runSteps(engine, 'networks', networks.steps.length - 1))).toEqual([]);

    const before = await handlers['challenge.check']({ lesson: 'networks', step: challenge.id });
    expect(before.ok).toBe(false);
    expect(before.actions).toHaveLength(1);
    expect(before.actions[0]?.error).toBeUndefined();
    const red = before.actions[0]?.checks ?? [];
    expect(red.map((check) => [check.id, check.ok])).toEqual(challenge.challenge.checks.map((c) => [c.id, false]));
    expect(red.find((check) => check.id === 'web2-counts')?.detail).toMatch(/web2/);
    expect(red.find((check) => check.id === 'redis-alias-db')?.detail).not.toBe('');

    // Made with the docker CLI, web2 and its network are the learner's: the checks never exec into or join them.
    await docker('network', 'create', 'db-network');
    await docker('run', '-d', '--name', 'web2', '--network', 'db-network', 'alpine', 'sleep', '600');
    const foreign = await checkChallenge(engine, networks, challenge);
    const byId = new Map(foreign.actions[0]?.checks.map((check) => [check.id, check]));
    expect(byId.get('web2-counts')).toMatchObject({
      ok: false,
      detail: expect.stringMatching(/not created by this app/),
    });
    expect(byId.get('db-resolves')).toMatchObject({ ok: false, detail: expect.stringMatching(/db-network/) });
    expect(await docker('ps', '-aq', '--filter', 'name=container-talk-resolve')).toBe('');
    await removeQuietly('container', 'web2');
    await removeQuietly('network', 'db-network');

    // Typed as the Explore terminal runs a line: the runner, labelled with the lesson.
    const runner = new LessonRunner(engine);
    for (const [index, action] of challenge.actions.entries()) {
      const result = await runner.runAction(networks, 'explore', index, action);
      expect(result.error).toBeUndefined();
    }
    const after = await handlers['challenge.check']({ lesson: 'networks', step: challenge.id });
    expect(failures([after])).toEqual([]);
    expect(after.ok).toBe(true);

    await resetAll(engine);
    expect(await ours()).toBe('');
    expect(await docker('network', 'ls', '-q', '--filter', 'name=db-network')).toBe('');
  }, 120_000);

  it('refuses an unknown step and a step that is not a challenge; Run never runs a challenge’s solution', async () => {
    await expect(handlers['step.run']({ lesson: 'networks', step: 'challenge' })).rejects.toMatchObject({
      code: 'BAD_COMMAND',
      message: expect.stringMatching(/Explore terminal/),
    });
    expect(await ours()).toBe('');
    await expect(handlers['challenge.check']({ lesson: 'networks', step: 'no-such-step' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(handlers['challenge.check']({ lesson: 'networks', step: 'create-network' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringMatching(/not a challenge/),
    });
  });
});
