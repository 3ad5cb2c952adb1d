// Lessons never collide on host ports: when another lesson's container publishes the port a step
// needs, the step's error names it (lesson, container) and lesson.freePort stops that container, and
// only that one, keeping the other lesson's progress. A container the app did not create is never
// stopped (NOT_OURS), and the lesson's own container is not another lesson's to stop.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServices, createServices } from '../../src/main/api/services';
import type { LessonState, ServerMessage } from '../../src/shared/contract';
import type { ActionResult, PortHolder, StepResult } from '../../src/shared/results';
import { callOnce, resultOf } from '../contract-calls';
import { docker, lesson, privateDockerHost, removeQuietly, resetAll, testEngine } from './support';

type Engine = Awaited<ReturnType<typeof testEngine>>;
let engine: Engine;
let services: AppServices;
let dir: string;

const DECOY = 'not-the-apps-web';
const call = (op: string, input: unknown) => callOnce(services, op, input);
const stepId = (lessonId: string, index: number) => lesson(lessonId).steps[index - 1]?.id ?? 'none';
const runStep = async (lessonId: string, index: number) =>
  resultOf<StepResult>(await call('step.run', { lesson: lessonId, step: stepId(lessonId, index) }));
const publishing = (result: StepResult): ActionResult | undefined =>
  result.actions.find((a) => a.command.startsWith('docker run -d -p 3000:3000'));
const errorOf = (reply: ServerMessage) => (reply.t === 'res' && 'error' in reply ? reply.error : undefined);
const linksWeb = () => docker('ps', '-aq', '--filter', 'label=container-talk.lesson=links', '--filter', 'publish=3000');
const running = (name: string) => docker('inspect', '-f', '{{.State.Running}}', name);

beforeAll(async () => {
  engine = await testEngine();
  await resetAll(engine);
  await removeQuietly('container', DECOY);
  dir = mkdtempSync(join(tmpdir(), 'ct-port-holder-'));
  services = await createServices({ dataDir: dir, discovery: { env: { DOCKER_HOST: privateDockerHost() } } });
});
afterAll(async () => {
  await services?.dispose();
  await removeQuietly('container', DECOY);
  await resetAll(engine);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("another lesson's container on the port", () => {
  const linksProgress = { completed: [stepId('links', 1), stepId('links', 3)], current: stepId('links', 4) };
  let blocked: ActionResult | undefined;
  let webName: string;

  beforeAll(async () => {
    for (const index of [1, 3]) expect((await runStep('links', index)).ok).toBe(true);
    resultOf(await call('progress.set', { lesson: 'links', ...linksProgress }));
    webName = await docker('inspect', '-f', '{{.Name}}', await linksWeb()).then((n) => n.replace(/^\//, ''));
    for (const index of [1, 2]) expect((await runStep('networks', index)).ok).toBe(true);
    blocked = publishing(await runStep('networks', 3));
  });

  it('fails the step with PORT_BUSY naming the lesson and the container', () => {
    expect(blocked?.error).toMatchObject({
      code: 'PORT_BUSY',
      message: expect.stringContaining(`"${webName}"`),
      fix: expect.stringContaining('"links" lesson'),
      holder: { lesson: 'links', container: webName, port: 3000 } satisfies PortHolder,
    });
  });

  it('is not the lesson\'s own to stop: lesson.freePort for "links" leaves it running', async () => {
    expect(errorOf(await call('lesson.freePort', { lesson: 'links', port: 3000 }))?.code).toBe('PORT_BUSY');
    expect(await running(webName)).toBe('true');
  });

  it("lesson.freePort stops (not removes) links' web container, and networks step 3 then passes", async () => {
    const stopped = resultOf<PortHolder>(await call('lesson.freePort', { lesson: 'networks', port: 3000 }));
    expect(stopped).toEqual({ lesson: 'links', container: webName, port: 3000 });
    expect(await running(webName)).toBe('false');
    expect(await running('redis-server')).toBe('true');
    const again = await runStep('networks', 3);
    expect(again.actions.map((a) => a.error)).toEqual(again.actions.map(() => undefined));
    expect(again.ok).toBe(true);
  });

  it("keeps links' progress, and links shows its web step as needing a re-run", async () => {
    const progress = resultOf<Record<string, unknown>>(await call('progress.get', {}));
    expect(progress.links).toEqual(linksProgress);
    const state = resultOf<LessonState>(await call('lesson.state', { lesson: 'links' }));
    const web = state.steps.find((s) => s.step === stepId('links', 3));
    expect(web?.leftovers).toContainEqual(expect.objectContaining({ kind: 'container', state: 'stopped' }));
  });

  it('refuses when nothing publishes the port any more', async () => {
    resultOf(await call('lesson.reset', { lesson: 'networks' }));
    expect(errorOf(await call('lesson.freePort', { lesson: 'networks', port: 3000 }))?.code).toBe('NOT_FOUND');
  });
});

describe('a container the app did not create on the port', () => {
  beforeAll(async () => {
    await resetAll(engine);
    await docker('run', '-d', '--name', DECOY, '-p', '3000:6379', 'redis');
  });

  it('keeps the message that says what to do, with no holder to stop', async () => {
    for (const index of [1, 2]) expect((await runStep('networks', index)).ok).toBe(true);
    const error = publishing(await runStep('networks', 3))?.error;
    expect(error).toMatchObject({ code: 'PORT_BUSY', fix: expect.stringContaining(`docker stop ${DECOY}`) });
    expect(error?.holder).toBeUndefined();
  });

  it('is refused by lesson.freePort with NOT_OURS, and left running', async () => {
    const error = errorOf(await call('lesson.freePort', { lesson: 'networks', port: 3000 }));
    expect(error).toMatchObject({ code: 'NOT_OURS', message: expect.stringContaining(`"${DECOY}"`) });
    expect(await running(DECOY)).toBe('true');
  });
});
