// Both lessons end to end against the private engine: every check passes, and the outputs are the
// engine's real ones (compared with what docker inspect and redis-cli say, not with fixed text).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textOf } from '../../src/main/engine/demux';
import type { StepResult } from '../../src/shared/results';
import { action, failures, runSteps } from '../lesson-runs';
import { docker, LessonRunner, lesson, resetAll, testEngine } from './support';

type Engine = Awaited<ReturnType<typeof testEngine>>;

async function ipOf(container: string, network = 'bridge'): Promise<string> {
  return docker('inspect', '-f', `{{(index .NetworkSettings.Networks "${network}").IPAddress}}`, container);
}

let engine: Engine;
beforeAll(async () => {
  engine = await testEngine();
  await resetAll(engine);
});
afterAll(async () => resetAll(engine));

describe('links lesson', () => {
  let steps: StepResult[];
  beforeAll(async () => {
    steps = await runSteps(engine, 'links');
  });

  it('runs every step with every check passing', () => {
    expect(failures(steps)).toEqual([]);
    expect(steps.map((s) => s.ok)).toEqual([true, true, true, true, true]); // the seed's four steps, then the challenge
  });

  it("hands over redis-server's real address in the link variables and /etc/hosts", async () => {
    const ip = await ipOf('redis-server');
    const id = (await docker('inspect', '-f', '{{.Id}}', 'redis-server')).slice(0, 12);
    const env = textOf(action(steps, 'docker run --link redis-server:redis alpine env').output);
    expect(env).toContain(`REDIS_PORT_6379_TCP_ADDR=${ip}\n`);
    expect(env).toContain(`REDIS_PORT=tcp://${ip}:6379\n`);
    const hosts = textOf(action(steps, 'docker run --link redis-server:redis alpine cat /etc/hosts').output);
    expect(hosts).toMatch(new RegExp(`^${ip}\\s+redis ${id} redis-server$`, 'm'));
    const ping = textOf(action(steps, 'docker run --link redis-server:redis alpine ping -c 1 redis').output);
    expect(ping).toContain(`from ${ip}:`);
  });

  it('counts requests in Redis, one more per request', async () => {
    const first = textOf(action(steps, 'curl http://localhost:3000').output);
    expect(first).toMatch(
      /^This page was generated after talking to redis\.\n\nApplication Build: 1\n\nTotal requests: 1\n\nIP count: \n {4}\S+: 1\n$/,
    );
    const runner = new LessonRunner(engine);
    const step = lesson('links').steps[2];
    const curl = step?.actions[1];
    if (!step || !curl) throw new Error('the links lesson has no curl in step 3');
    const again = await runner.runAction(lesson('links'), step.id, 1, curl);
    expect(textOf(again.output)).toContain('Total requests: 2');
    expect(again.checks.every((c) => c.ok)).toBe(true);
  });

  it('drives the real redis-cli, whose KEYS * lists requests and ip', () => {
    const cli = action(steps, 'docker run -it --link redis-server:redis redis redis-cli -h redis');
    expect(cli.exitCode).toBe(0);
    expect(textOf(cli.output)).toMatch(/redis:6379> KEYS \*\n(\d\) "(ip|requests)"\n){2}/);
  });

  it('records the Engine API calls each command stands for', () => {
    const run = action(steps, 'docker run --link redis-server:redis alpine env');
    const paths = run.apiCalls.map((c) => `${c.method} ${c.path.replace(/[0-9a-f]{64}/, '{id}')}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        'POST /containers/create',
        'POST /containers/{id}/attach',
        'POST /containers/{id}/wait',
        'POST /containers/{id}/start',
      ]),
    );
    const create = run.apiCalls.find((c) => c.path === '/containers/create');
    expect(create?.body).toMatchObject({
      Image: 'alpine',
      Cmd: ['env'],
      HostConfig: { Links: ['redis-server:redis'] },
    });
  });
});

describe('networks lesson', () => {
  let steps: StepResult[];
  beforeAll(async () => {
    await resetAll(engine); // the links lesson's app holds port 3000
    steps = await runSteps(engine, 'networks');
  });

  it('runs every step with every check passing', () => {
    expect(failures(steps)).toEqual([]);
  });

  it('sets no link variables and no hosts line, and uses the embedded DNS', () => {
    expect(textOf(action(steps, 'docker run --net=backend-network alpine env').output)).not.toMatch(/^REDIS_/m);
    expect(textOf(action(steps, 'docker run --net=backend-network alpine cat /etc/hosts').output)).not.toMatch(
      /\sredis$/m,
    );
    expect(textOf(action(steps, 'docker run --net=backend-network alpine cat /etc/resolv.conf').output)).toMatch(
      /^nameserver 127\.0\.0\.11$/m,
    );
  });

  it('resolves redis and the alias db to the addresses inspect reports', async () => {
    const ping = textOf(action(steps, 'docker run --net=backend-network alpine ping -c1 redis').output);
    expect(ping).toContain(`from ${await ipOf('redis', 'backend-network')}:`);
    const alias = textOf(action(steps, 'docker run --net=frontend-network2 alpine ping -c1 db').output);
    expect(alias).toContain(`from ${await ipOf('redis', 'frontend-network2')}:`);
  });

  it('leaves redis on the networks the docker CLI reports after the disconnect', async () => {
    const networks = await docker(
      'inspect',
      '-f',
      '{{range $k, $v := .NetworkSettings.Networks}}{{$k}} {{end}}',
      'redis',
    );
    // frontend-network is gone from the list; db-network is the closing challenge's (its solution connects redis as db).
    expect(networks.split(' ').sort()).toEqual(['backend-network', 'db-network', 'frontend-network2']);
    const app = action(steps, 'docker network disconnect frontend-network redis').checks.find(
      (c) => c.id === 'app-lost-redis',
    );
    expect(app?.detail).toMatch(/answered 503: cannot reach redis at redis:6379/);
  });
});
