// Cancelling a step for real: from the app (step.cancel while the example image is built), in the
// runner while the container runs, and with Ctrl+C in the headless runner. The result says CANCELLED
// and no container of the step is left behind, Created or otherwise.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Connection, openConnection } from '../../src/main/api/router';
import { type AppServices, createServices } from '../../src/main/api/services';
import { runSpecSchema } from '../../src/main/lessons/commands/run/schema';
import type { ServerMessage } from '../../src/shared/contract';
import type { RunnerEvent, StepResult } from '../../src/shared/results';
import { docker, LessonRunner, lesson, privateDockerHost, repoRoot, resetAll, testEngine } from './support';

type Engine = Awaited<ReturnType<typeof testEngine>>;
const exampleImage = 'container-talk/redis-node-example';
const links = lesson('links');
let engine: Engine;
let services: AppServices;
let dir: string;

const containersOf = (step: string) => docker('ps', '-aq', '--filter', `label=container-talk.step=${step}`);
const createdByApp = () =>
  docker('ps', '-aq', '--filter', 'status=created', '--filter', 'label=container-talk.app=container-talk');

beforeAll(async () => {
  engine = await testEngine();
  await resetAll(engine);
  dir = mkdtempSync(join(tmpdir(), 'ct-cancel-'));
  services = await createServices({ dataDir: dir, discovery: { env: { DOCKER_HOST: privateDockerHost() } } });
  const start = links.steps[0];
  if (!start) throw new Error('links has no steps');
  expect((await new LessonRunner(engine).runStep(links, start)).ok).toBe(true);
});
afterAll(async () => {
  await services?.dispose();
  await resetAll(engine);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('cancelling a step', () => {
  it('from the app, while the example image is built: CANCELLED, and no container left', async () => {
    await docker('rmi', '-f', exampleImage).catch(() => undefined);
    const answers: ServerMessage[] = [];
    let connection: Connection | undefined;
    let cancelled = false;
    // Cancels the moment the build reports its first step, from inside the event: no race with the build.
    const cancelOnBuild = (message: ServerMessage) => {
      answers.push(message);
      const event = message.t === 'evt' ? (message.event as RunnerEvent) : undefined;
      if (cancelled || event?.type !== 'progress' || event.progress.kind !== 'build') return;
      cancelled = true;
      connection?.receive({ t: 'req', id: 3, op: 'step.cancel', input: { lesson: 'links', step: 'connect-app' } });
    };
    connection = openConnection(services, cancelOnBuild);
    connection.receive({ t: 'sub', id: 1, stream: 'step', params: {} });
    connection.receive({ t: 'req', id: 2, op: 'step.run', input: { lesson: 'links', step: 'connect-app' } });
    await vi.waitFor(() => expect(answers.find((a) => a.t === 'res' && a.id === 2)).toBeDefined(), {
      timeout: 60_000,
      interval: 50,
    });
    connection.close();
    expect(answers.find((a) => a.t === 'res' && a.id === 3)).toMatchObject({ result: { cancelled: true } });
    const result = (answers.find((a) => a.t === 'res' && a.id === 2) as { result: StepResult }).result;
    expect(result.ok).toBe(false);
    expect(result.actions).toHaveLength(1);
    expect(result.actions[0]?.error?.code).toBe('CANCELLED');
    expect(await containersOf('connect-app')).toBe('');
    expect(await createdByApp()).toBe('');
  });

  it('in the runner, while the container runs: it is removed at once', async () => {
    const controller = new AbortController();
    const runner = new LessonRunner(engine, { signal: controller.signal });
    const action = {
      command: 'docker run alpine sleep 60',
      spec: runSpecSchema.parse({ kind: 'run', image: 'alpine', command: ['sleep', '60'] }),
      checks: [],
    };
    const started = Date.now();
    const running = runner.runAction(links, 'cancel-test', 0, action);
    await vi.waitFor(
      async () => expect(await docker('ps', '-q', '--filter', 'label=container-talk.step=cancel-test')).not.toBe(''),
      {
        timeout: 20_000,
        interval: 100,
      },
    );
    controller.abort();
    const result = await running;
    expect(result.error?.code).toBe('CANCELLED');
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(await containersOf('cancel-test')).toBe('');
  });

  it('with Ctrl+C in npm run lab: the first cancels and cleans up, exit status 130', async () => {
    await docker('rmi', '-f', exampleImage).catch(() => undefined);
    // What `npm run lab` runs, without npm or tsx between: tsx relays a SIGINT sent to it alone, and SIGKILLs
    // the lab when it has not confirmed the signal within 30 ms, as a lab busy with a build sometimes has not.
    const child = spawn(process.execPath, ['scripts/lab.mjs', 'run', 'links', '--step', '3'], {
      cwd: repoRoot,
      env: { ...process.env, NO_COLOR: '1', DOCKER_HOST: privateDockerHost() },
    });
    let output = '';
    let interrupted = false;
    const onOutput = (data: Buffer) => {
      output += data.toString();
      if (!interrupted && output.includes(`Building ${exampleImage}`)) {
        interrupted = true;
        child.kill('SIGINT');
      }
    };
    child.stdout.on('data', onOutput);
    child.stderr.on('data', onOutput);
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(interrupted).toBe(true);
    expect(output).toContain('Cancelling');
    expect(output).toContain('Cancelled: what the step had started was removed.');
    expect(code).toBe(130);
    expect(await containersOf('connect-app')).toBe('');
    expect(await createdByApp()).toBe('');
  });
});
