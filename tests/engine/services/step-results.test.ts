// step.results against the private engine: a step's last result (output, checks, when it ended) is kept
// across a new set of services on the same data folder (a restart), and a lesson's reset forgets it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StepResult } from '@shared/results';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers, type Handlers } from '../../../src/main/api/handlers';
import { type AppServices, createServices } from '../../../src/main/api/services';
import { privateDockerHost, resetAll, testEngine } from '../support';

type Engine = Awaited<ReturnType<typeof testEngine>>;
let engine: Engine;
let dir: string;
const open: AppServices[] = [];

async function start(): Promise<Handlers> {
  const services = await createServices({ dataDir: dir, discovery: { env: { DOCKER_HOST: privateDockerHost() } } });
  open.push(services);
  return createHandlers(services);
}

const kept = async (handlers: Handlers, lesson: string) =>
  (await handlers['step.results']({ lesson })) as Record<string, StepResult>;

beforeAll(async () => {
  engine = await testEngine();
  await resetAll(engine);
  dir = mkdtempSync(join(tmpdir(), 'ct-step-results-'));
});
afterAll(async () => {
  for (const services of open) await services.dispose();
  await resetAll(engine);
  rmSync(dir, { recursive: true, force: true });
});

describe('step.results', () => {
  it('keeps each step’s last result across a restart, and forgets a lesson’s on its reset', async () => {
    const first = await start();
    expect(await kept(first, 'links')).toEqual({});
    const before = Date.now();
    const ran = (await first['step.run']({ lesson: 'links', step: 'start-redis' })) as StepResult;
    expect(ran.ok).toBe(true);
    expect(ran.endedAt).toBeGreaterThanOrEqual(before);

    const restarted = await start();
    const results = await kept(restarted, 'links');
    expect(Object.keys(results)).toEqual(['start-redis']);
    expect(results['start-redis']).toEqual(ran);
    expect(results['start-redis']?.actions[0]?.checks.map((c) => [c.id, c.ok])).toEqual([['redis-running', true]]);
    expect(await kept(restarted, 'networks')).toEqual({});

    await restarted['lesson.reset']({ lesson: 'links' });
    expect(await kept(restarted, 'links')).toEqual({});
    expect(await kept(await start(), 'links')).toEqual({});
  });

  it('refuses an unknown lesson', async () => {
    await expect(kept(await start(), 'no-such-lesson')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
