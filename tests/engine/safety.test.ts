// On a learner's machine the app only ever touches what it created: reset leaves everything else, and
// a name or port the learner already uses stops the step with the fix, changing nothing.
import { createServer, type Server } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { docker, LessonRunner, lesson, removeQuietly, resetAll, testEngine } from './support';

type Engine = Awaited<ReturnType<typeof testEngine>>;
let engine: Engine;

const links = lesson('links');
const networks = lesson('networks');
const step = (l: typeof links, n: number) => {
  const found = l.steps[n - 1];
  if (!found) throw new Error(`no step ${n}`);
  return found;
};

beforeAll(async () => {
  engine = await testEngine();
  await resetAll(engine);
});
afterEach(async () => {
  await resetAll(engine);
  await removeQuietly('container', 'redis-server', 'decoy-app', 'decoy');
  await removeQuietly('network', 'backend-network', 'decoy-net');
});
afterAll(async () => resetAll(engine));

describe('reset', () => {
  it('removes what the lesson created and leaves an unlabelled container and network alone', async () => {
    const decoy = await docker('run', '-d', '--name', 'decoy', 'redis');
    const decoyNet = await docker('network', 'create', 'decoy-net');
    const runner = new LessonRunner(engine);
    expect((await runner.runStep(networks, step(networks, 1))).ok).toBe(true);
    const report = await (await import('../../src/main/lessons/safety/reset')).resetLesson(engine, 'networks');
    expect(report.removedContainers).toEqual(['redis']);
    expect(report.removedNetworks).toEqual(['backend-network']);
    expect(await docker('inspect', '-f', '{{.Id}} {{.State.Running}}', 'decoy')).toBe(`${decoy} true`);
    expect(await docker('network', 'inspect', '-f', '{{.Id}}', 'decoy-net')).toBe(decoyNet);
    await expect(docker('container', 'inspect', 'redis')).rejects.toThrow(/No such container/);
  });
});

describe('conflicts', () => {
  it("stops at a container with the lesson's name that the app did not create, and leaves it running", async () => {
    const mine = await docker('run', '-d', '--name', 'redis-server', 'redis');
    const result = await new LessonRunner(engine).runStep(links, step(links, 1));
    expect(result.ok).toBe(false);
    expect(result.actions[0]?.error).toMatchObject({
      code: 'NAME_TAKEN',
      message: expect.stringContaining('redis-server'),
    });
    expect(result.actions[0]?.error?.fix).toContain('docker rename redis-server');
    expect(await docker('inspect', '-f', '{{.Id}} {{.State.Running}}', 'redis-server')).toBe(`${mine} true`);
  });

  it("stops at a network with the lesson's name that the app did not create", async () => {
    const mine = await docker('network', 'create', 'backend-network');
    const result = await new LessonRunner(engine).runStep(networks, step(networks, 1));
    expect(result.actions[0]?.error?.code).toBe('NAME_TAKEN');
    expect(result.actions).toHaveLength(1); // the step stopped: no redis was started on someone else's network
    expect(await docker('network', 'inspect', '-f', '{{.Id}}', 'backend-network')).toBe(mine);
  });

  it('names the container that already publishes port 3000', async () => {
    await docker('run', '-d', '--name', 'decoy-app', '-p', '3000:6379', 'redis');
    const runner = new LessonRunner(engine);
    await runner.runStep(links, step(links, 1));
    const result = await runner.runStep(links, step(links, 3));
    expect(result.actions[0]?.error).toMatchObject({
      code: 'PORT_BUSY',
      message: expect.stringContaining('decoy-app'),
    });
    expect(result.actions[0]?.error?.fix).toContain('docker stop decoy-app');
    expect(await docker('inspect', '-f', '{{.State.Running}}', 'decoy-app')).toBe('true');
  });

  it('says when another program holds the port, and leaves no container behind', async () => {
    const server: Server = createServer();
    await new Promise<void>((resolve) => server.listen(3000, '0.0.0.0', resolve));
    try {
      const runner = new LessonRunner(engine);
      await runner.runStep(links, step(links, 1));
      const result = await runner.runStep(links, step(links, 3));
      expect(result.actions[0]?.error).toMatchObject({
        code: 'PORT_BUSY',
        message: expect.stringContaining('another program'),
      });
      const left = await docker('ps', '-aq', '--filter', 'label=container-talk.step=connect-app');
      expect(left).toBe('');
    } finally {
      server.close();
    }
  });

  it('runs a step twice safely: the second run reuses what the first created', async () => {
    const runner = new LessonRunner(engine);
    const first = await runner.runStep(networks, step(networks, 1));
    const second = await runner.runStep(networks, step(networks, 1));
    expect(first.ok && second.ok).toBe(true);
    expect(second.actions.map((a) => a.reused)).toEqual([true, true]);
    expect(await docker('ps', '-q', '--filter', 'name=^redis$')).toHaveLength(12);
  });
});
