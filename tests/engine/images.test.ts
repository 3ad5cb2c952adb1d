// Images as the lessons need them: a pull with progress from a registry on 127.0.0.1 (never the
// internet), errors inside the pull stream, and the example app built from resources/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProgressEvent } from '../../src/shared/results';
import { docker, testEngine } from './support';

type Engine = Awaited<ReturnType<typeof testEngine>>;
const registry = `127.0.0.1:${process.env.CTK_REGISTRY_PORT ?? '5055'}`;
const pulled = `${registry}/lessons/alpine:latest`;
const exampleImage = 'container-talk/redis-node-example:latest';

let engine: Engine;
beforeAll(async () => {
  engine = await testEngine();
});
afterAll(async () => {
  await docker('rmi', pulled).catch(() => undefined);
});

describe('pull', () => {
  it('pulls from the local registry with progress events', async () => {
    await docker('rmi', pulled).catch(() => undefined);
    expect(await engine.hasImage(pulled)).toBe(false);
    const progress: ProgressEvent[] = [];
    await engine.pullImage(pulled, (p) => progress.push(p));
    expect(await engine.hasImage(pulled)).toBe(true);
    const statuses = progress.map((p) => p.status);
    expect(statuses.some((s) => /Pulling from lessons\/alpine/.test(s))).toBe(true);
    expect(statuses.some((s) => /Downloaded newer image|Image is up to date/.test(s))).toBe(true);
    expect(progress.every((p) => p.kind === 'pull' && p.image === pulled)).toBe(true);
  });

  it('turns a failed pull into a clear error', async () => {
    await expect(engine.pullImage(`${registry}/lessons/does-not-exist:1`, () => undefined)).rejects.toMatchObject({
      code: 'IMAGE_UNAVAILABLE',
      message: expect.stringContaining('lessons/does-not-exist'),
    });
  });
});

describe('example app image', () => {
  it('is built from resources/example-app with build progress when missing, and labelled', async () => {
    const { LessonRunner, lesson, resetAll } = await import('./support');
    await resetAll(engine);
    await docker('rmi', '-f', exampleImage).catch(() => undefined);
    const events: string[] = [];
    const runner = new LessonRunner(engine, {
      onEvent: (e) => e.type === 'progress' && events.push(e.progress.status),
    });
    const networks = lesson('networks');
    for (const step of networks.steps.slice(0, 3)) expect((await runner.runStep(networks, step)).ok).toBe(true);
    expect(events.some((s) => /^Step 1\/\d+ : FROM node:22-alpine$/.test(s))).toBe(true);
    expect(events.some((s) => s.startsWith('Successfully tagged container-talk/redis-node-example'))).toBe(true);
    expect(
      await docker(
        'image',
        'inspect',
        '-f',
        '{{index .Config.Labels "container-talk.app"}} {{.Config.ExposedPorts}}',
        exampleImage,
      ),
    ).toBe('container-talk map[3000/tcp:{}]');
    await resetAll(engine);
  });
});
