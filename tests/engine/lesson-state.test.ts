// The lessons' steps against the engine's real state: the app's own check that the web app answers
// holds however long the app has run; a step whose objects the learner removed with the docker CLI
// shows as needing a re-run; a step run out of order names the earlier step it needs; the reset plan
// names containers by their own names.
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers, type Handlers } from '../../src/main/api/handlers';
import { type AppServices, createServices } from '../../src/main/api/services';
import { planReset } from '../../src/main/lessons/safety/reset';
import type { LessonState } from '../../src/shared/contract';
import { failures, runSteps } from '../lesson-runs';
import { docker, LessonRunner, lesson, privateDockerHost, resetAll, testEngine } from './support';

type Engine = Awaited<ReturnType<typeof testEngine>>;
let engine: Engine;
let dir: string;
let services: AppServices;
let handlers: Handlers;

beforeAll(async () => {
  engine = await testEngine();
  dir = mkdtempSync(join(tmpdir(), 'ct-lesson-state-'));
  services = await createServices({ dataDir: dir, discovery: { env: { DOCKER_HOST: privateDockerHost() } } });
  handlers = createHandlers(services);
});
beforeEach(async () => resetAll(engine));
afterAll(async () => {
  await resetAll(engine);
  await services?.dispose();
  rmSync(dir, { recursive: true, force: true });
});

const stepNamed = (lessonId: string, id: string) => {
  const found = lesson(lessonId).steps.find((s) => s.id === id);
  if (!found) throw new Error(`no step ${id}`);
  return found;
};

function get(port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/' }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end();
  });
}

const stateOf = async (lessonId: string) => (await handlers['lesson.state']({ lesson: lessonId })) as LessonState;
const stepState = (state: LessonState, id: string) => state.steps.find((s) => s.step === id);

describe('the app-ready check', () => {
  it('still passes when the app has served more requests than its log tail holds', async () => {
    expect(failures(await runSteps(engine, 'links', 3))).toEqual([]);
    for (let i = 0; i < 65; i++) expect(await get(3000)).toBe(200);
    const again = await new LessonRunner(engine).runStep(lesson('links'), stepNamed('links', 'connect-app'));
    expect(again.actions[0]?.reused).toBe(true);
    expect(again.actions[0]?.checks.find((c) => c.id === 'app-ready')).toMatchObject({ ok: true });
    // The probe is not a request the app counts: the next curl adds exactly one (66 → 67).
    expect(again.actions[1]?.output.map((c) => c.text).join('')).toContain('Total requests: 67');
    expect(again.ok).toBe(true);
  });
});

describe('the lesson state', () => {
  it('reports a step whose container the learner removed, and the steps that need it', async () => {
    expect(failures(await runSteps(engine, 'links', 1))).toEqual([]);
    const before = await stateOf('links');
    expect(stepState(before, 'start-redis')).toEqual({
      step: 'start-redis',
      leftovers: [{ kind: 'container', name: 'redis-server', state: 'present' }],
      needs: [],
    });
    expect(stepState(before, 'create-link')?.needs).toEqual([]);

    await docker('stop', '-t', '0', 'redis-server');
    expect(stepState(await stateOf('links'), 'start-redis')?.leftovers[0]?.state).toBe('stopped');

    await docker('rm', '-f', 'redis-server');
    const after = await stateOf('links');
    expect(stepState(after, 'start-redis')?.leftovers[0]?.state).toBe('gone');
    expect(stepState(after, 'create-link')?.needs).toEqual(['start-redis']);
    expect(stepState(after, 'redis-cli')?.needs).toEqual(['start-redis']);
  });
});

describe('a step run out of order', () => {
  it('names the earlier step it needs, and runs nothing', async () => {
    const run = handlers['step.run']({ lesson: 'links', step: 'create-link' });
    await expect(run).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringMatching(/container redis-server \(gone\), which step 1 \(“Start Redis”\) creates/),
      fix: expect.stringContaining('Run step 1'),
    });
    expect(await docker('ps', '-aq', '--filter', 'label=container-talk.lesson=links')).toBe('');
  });

  it('names the latest earlier step whose objects are missing', async () => {
    expect(failures(await runSteps(engine, 'networks', 1))).toEqual([]);
    await expect(handlers['step.run']({ lesson: 'networks', step: 'disconnect' })).rejects.toMatchObject({
      message: expect.stringMatching(/step 3 \(“Connect two containers”\)/),
    });
    // What it needs is there: it runs.
    const result = await handlers['step.run']({ lesson: 'networks', step: 'network-communication' });
    expect(result.ok).toBe(true);
  });
});

describe('the reset plan', () => {
  it('names every container by its own name, also one that a running container links to', async () => {
    expect(failures(await runSteps(engine, 'links', 3))).toEqual([]); // the app runs, linked to redis-server
    const listed = await docker(
      'ps',
      '-a',
      '--no-trunc',
      '--filter',
      'label=container-talk.lesson=links',
      '--format',
      '{{.Names}}',
    );
    const plan = await planReset(engine, 'links');
    const names = plan.containers.map((c) => c.name);
    expect(names).toContain('redis-server');
    expect(names.filter((name) => name.includes('/'))).toEqual([]);
    // The engine lists redis-server under the app's link path as well (--no-trunc shows every name).
    expect(listed).toMatch(/redis-server,\S+\/redis|\S+\/redis,redis-server/);
  });
});
