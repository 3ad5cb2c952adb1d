// The learner's own containers and networks under every name the lessons use (made with the docker
// CLI, without the app's labels): every step, both consoles and the networks panel refuse to use them
// with the coded error and the fix, send the engine nothing that changes it, and leave them exactly as
// they were (id, state, networks, Redis keys).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type AppServices, createServices } from '../../src/main/api/services';
import { callOnce } from '../contract-calls';
import { docker, LessonRunner, lessons, privateDockerHost, removeQuietly, resetAll, testEngine } from './support';

type Engine = Awaited<ReturnType<typeof testEngine>>;
const containers = ['redis-server', 'redis'];
/** The across-machines lesson's node containers, taken by plain containers of the learner's. */
const nodes = ['node1', 'node2', 'node3'];
const networks = ['backend-network', 'frontend-network', 'frontend-network2', 'db-network', 'swarm-nodes'];
const decoyNames = [...containers, ...nodes, ...networks];

let engine: Engine;
let services: AppServices;
let dir: string;
let before: string;

/** Everything about the decoys that must not change. */
async function snapshot(): Promise<string> {
  const boxes = await Promise.all(
    containers.map(async (name) => ({
      name,
      state: await docker(
        'inspect',
        '-f',
        '{{.Id}} {{.State.Status}} {{.State.StartedAt}} {{range $n, $_ := .NetworkSettings.Networks}}{{$n}} {{end}}',
        name,
      ),
      keys: (await docker('exec', name, 'redis-cli', 'KEYS', '*')).split('\n').sort(),
    })),
  );
  const nets = await Promise.all(
    networks.map((name) =>
      docker('network', 'inspect', '-f', '{{.Id}} {{range $_, $c := .Containers}}{{$c.Name}} {{end}}', name),
    ),
  );
  return JSON.stringify({ boxes, nets });
}

const call = (op: string, input: unknown) => callOnce(services, op, input);

const changing = (calls: Array<{ method: string; path: string }>) =>
  calls.filter((c) => !['GET', 'HEAD'].includes(c.method)).map((c) => `${c.method} ${c.path}`);

beforeAll(async () => {
  engine = await testEngine();
  await resetAll(engine);
  await removeQuietly('container', ...containers, ...nodes);
  await removeQuietly('network', ...networks);
  for (const name of networks) await docker('network', 'create', name);
  for (const name of nodes)
    await docker('run', '-d', '--name', name, '--network', 'swarm-nodes', 'alpine', 'sleep', '86400');
  await docker('run', '-d', '--name', 'redis-server', 'redis');
  await docker('run', '-d', '--name', 'redis', '--network', 'backend-network', 'redis');
  await docker('network', 'connect', 'frontend-network', 'redis');
  for (const name of containers) {
    await vi.waitFor(async () => expect(await docker('exec', name, 'redis-cli', 'ping')).toBe('PONG'), {
      timeout: 20_000,
      interval: 100,
    });
    await docker('exec', name, 'redis-cli', 'SET', 'mine', 'keep me');
  }
  dir = mkdtempSync(join(tmpdir(), 'ct-foreign-'));
  services = await createServices({ dataDir: dir, discovery: { env: { DOCKER_HOST: privateDockerHost() } } });
  before = await snapshot();
});
afterAll(async () => {
  await services?.dispose();
  await removeQuietly('container', ...containers, ...nodes);
  await removeQuietly('network', ...networks);
  await resetAll(engine);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const actions = lessons.flatMap((lesson) =>
  lesson.steps.flatMap((step) => step.actions.map((action, index) => ({ lesson, step, action, index }))),
);

describe("the learner's objects under the lessons' names", () => {
  it('every action that creates or uses one of the names is refused, and none changes anything', async () => {
    const runner = new LessonRunner(engine);
    const refused: string[] = [];
    for (const { lesson, step, action, index } of actions) {
      const result = await runner.runAction(lesson, step.id, index, action);
      const where = `${lesson.id}/${step.id}: ${result.command}`;
      expect(changing(result.apiCalls), where).toEqual([]);
      if (action.spec.kind === 'network-ls' || action.spec.kind === 'network-inspect') {
        expect(result.error, where).toBeUndefined();
        continue;
      }
      expect(['NAME_TAKEN', 'NOT_OURS'], where).toContain(result.error?.code);
      expect(result.error?.fix, where).toMatch(/docker (rename|rm|network rm)/);
      expect(decoyNames.some((name) => result.error?.message.includes(`"${name}"`))).toBe(true);
      refused.push(where);
    }
    expect(refused.length).toBe(actions.length - 2);
    expect(await snapshot()).toBe(before);
  });

  it.each(['links', 'networks'])('the %s console is refused and starts no container', async (lesson) => {
    const reply = await call('console.open', { lesson, cols: 80, rows: 24 });
    expect(reply).toMatchObject({ t: 'res', error: { code: 'NOT_OURS', fix: expect.stringContaining('docker') } });
    expect(await docker('ps', '-aq', '--filter', 'label=container-talk.app=container-talk')).toBe('');
    expect(await snapshot()).toBe(before);
  });

  it.each([
    ['network.connect', 'frontend-network2', 'redis'],
    ['network.disconnect', 'frontend-network', 'redis'],
    ['network.disconnect', 'backend-network', 'redis'],
    ['network.connect', 'backend-network', 'redis-server'],
  ])('the networks panel refuses %s %s %s', async (op, network, container) => {
    const reply = await call(op, { lesson: 'networks', network, container });
    const result = (
      reply as { result: { error?: { code: string }; apiCalls: Array<{ method: string; path: string }> } }
    ).result;
    expect(result.error?.code).toBe('NOT_OURS');
    expect(changing(result.apiCalls)).toEqual([]);
    expect(await snapshot()).toBe(before);
  });
});
