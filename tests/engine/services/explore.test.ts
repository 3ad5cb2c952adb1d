// The Explore terminal against the private engine, through the app's own services (the handlers' and
// the router's): typed lines run like the steps (labels, safety, checks), a step's command completes
// that step, `docker run -it` opens a session like a console, other commands get the message, and Tab
// completes command words and the engine's names.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExploreResult, RunnerEvent } from '@shared/results';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type AppServices, createServices } from '../../../src/main/api/services';
import { planReset, resetLesson } from '../../../src/main/lessons/safety/reset';
import { callOnce } from '../../contract-calls';
import { docker, lesson, privateDockerHost, removeQuietly } from '../support';

const size = { cols: 80, rows: 24 };
const waitLong = { timeout: 20_000, interval: 50 };
const mine = 'ct-explore-mine';
const networks = lesson('networks');

let dir: string;
let services: AppServices;

const engine = () => services.engine.require();
const type = (line: string, node?: string) =>
  services.explore.run(engine(), networks, { line, ...(node ? { node } : {}) }, size);

function ran(result: ExploreResult) {
  if (result.kind !== 'ran') throw new Error(`expected the line to run, got ${JSON.stringify(result)}`);
  return result;
}
const text = (result: ExploreResult) =>
  ran(result)
    .result.output.map((chunk) => chunk.text)
    .join('');
const labelsOf = async (container: string) =>
  JSON.parse(await docker('inspect', '-f', '{{json .Config.Labels}}', container)) as Record<string, string>;
const exploreContainers = async () =>
  (await docker('ps', '-aq', '--no-trunc', '--filter', 'label=container-talk.step=explore'))
    .split('\n')
    .filter(Boolean);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ct-explore-'));
  services = await createServices({ dataDir: dir, discovery: { env: { DOCKER_HOST: privateDockerHost() } } });
  expect(services.engine.status.state).toBe('connected');
  await resetLesson(engine(), 'networks');
  await resetLesson(engine(), 'links');
  await removeQuietly('container', mine);
  await docker('run', '-d', '--name', mine, 'alpine', 'sleep', '600');
});
afterAll(async () => {
  await services?.consoles.closeAll();
  if (services) await resetLesson(engine(), 'networks');
  if (services) await resetLesson(engine(), 'links');
  await removeQuietly('container', mine);
  await services?.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe('the Explore terminal', () => {
  it("completes step 1 when both of its commands are typed, with the step's labels and checks", async () => {
    const first = ran(await type('docker network create backend-network'));
    expect(first.step).toMatchObject({ step: 'create-network', ok: false, actions: [{ action: 0 }] });
    expect(first.result.error).toBeUndefined();

    const second = ran(await type('docker run -d --name=redis --net=backend-network redis'));
    expect(second.result.error).toBeUndefined();
    expect(second.result.checks.length).toBeGreaterThan(0);
    expect(second.result.checks.every((check) => check.ok)).toBe(true);
    expect(second.step).toMatchObject({ step: 'create-network', ok: true });
    expect(second.step?.actions.map((action) => action.action)).toEqual([0, 1]);
    expect(await labelsOf('redis')).toMatchObject({
      'container-talk.lesson': 'networks',
      'container-talk.step': 'create-network',
      'container-talk.action': '1',
    });
    expect(services.results.of('networks')['create-network']?.ok).toBe(true); // kept, as a Run would be
  });

  it('runs a ping typed with other flag spellings as the step command it is, and checks it', async () => {
    const typed = ran(await type('docker run --network backend-network alpine ping -c1 redis'));
    expect(text(typed)).toMatch(/1 packets received|bytes from/);
    expect(typed.result).toMatchObject({ step: 'network-communication', action: 3, exitCode: 0 });
    expect(typed.result.checks.length).toBeGreaterThan(0);
    expect(typed.result.checks.every((check) => check.ok)).toBe(true);
    expect(typed.step).toMatchObject({ step: 'network-communication', ok: false }); // 1 of its 4 commands
  });

  it('runs any other command of the subset as step explore, its output on the step stream as it comes', async () => {
    const events: RunnerEvent[] = [];
    const stop = services.steps.subscribe((event) => events.push(event));
    events.length = 0; // what the latest run told, replayed to a new subscriber
    const typed = ran(await type('docker run --rm --network backend-network alpine ping -c1 redis'));
    stop();
    expect(typed.step).toBeUndefined();
    expect(typed.result).toMatchObject({ lesson: 'networks', step: 'explore', exitCode: 0 });
    expect(text(typed)).toMatch(/bytes from/);
    const output = events.filter((event) => event.type === 'output' && event.step === 'explore');
    expect(output.map((event) => (event.type === 'output' ? event.chunk.text : '')).join('')).toMatch(/bytes from/);
    expect(events.find((event) => event.type === 'action-start')).toMatchObject({ step: 'explore' });
  });

  it("labels what it makes for the lesson, never reuses an earlier typed container, and Reset's plan includes them", async () => {
    const one = ran(await type('docker run -d --network backend-network alpine sleep 300'));
    const two = ran(await type('docker run -d --network backend-network alpine sleep 300'));
    expect(one.result.containerId).toBeTruthy();
    expect(two.result.containerId).not.toBe(one.result.containerId);
    expect(two.result.reused).toBeUndefined();
    expect(await labelsOf(one.result.containerId as string)).toMatchObject({
      'container-talk.app': 'container-talk',
      'container-talk.lesson': 'networks',
      'container-talk.step': 'explore',
    });
    const plan = await planReset(engine(), 'networks');
    expect(plan.containers.map((c) => c.id)).toEqual(
      expect.arrayContaining([one.result.containerId, two.result.containerId]),
    );
    await docker('rm', '-f', one.result.containerId as string, two.result.containerId as string);
  });

  it('runs docker exec, inspect, stop and start on the lesson containers', async () => {
    expect(text(await type('docker exec redis redis-cli PING'))).toBe('PONG\n');
    const inspected = JSON.parse(text(await type('docker inspect redis backend-network'))) as Array<{ Name: string }>;
    expect(inspected.map((object) => object.Name)).toEqual(['/redis', 'backend-network']);
    expect(text(await type('docker stop redis'))).toBe('redis\n');
    expect(await docker('inspect', '-f', '{{.State.Running}}', 'redis')).toBe('false');
    expect(text(await type('docker start redis'))).toBe('redis\n');
    expect(await docker('inspect', '-f', '{{.State.Running}}', 'redis')).toBe('true');
  });

  it('follows docker logs -f as lines are written, until the learner cancels it (Ctrl+C)', async () => {
    const typed = ran(
      await type('docker run -d --network backend-network alpine sh -c "while true; do echo tick; sleep 0.2; done"'),
    );
    const id = typed.result.containerId as string;
    const events: RunnerEvent[] = [];
    const stop = services.steps.subscribe((event) => events.push(event));
    events.length = 0;
    const following = type(`docker logs -f ${id.slice(0, 12)}`);
    try {
      const ticks = () => events.filter((event) => event.type === 'output' && event.chunk.text === 'tick\n').length;
      await vi.waitFor(() => expect(ticks()).toBeGreaterThan(3), waitLong); // more lines than when it began
      const before = ticks();
      await vi.waitFor(() => expect(ticks()).toBeGreaterThan(before), waitLong); // still following
      expect(services.steps.cancel('networks', 'explore')).toBe(true);
      const result = ran(await following).result;
      expect(result.output.filter((chunk) => chunk.text === 'tick\n').length).toBeGreaterThan(before);
    } finally {
      // A failed wait must not leave the follow running: the later tests queue behind it.
      services.steps.cancel('networks', 'explore');
      await following.catch(() => undefined);
      stop();
      await docker('rm', '-f', id);
    }
  });

  it('refuses rm, stop and exec on a container it did not create, and leaves it as it was', async () => {
    for (const line of [`docker rm -f ${mine}`, `docker stop ${mine}`, `docker exec ${mine} ls`]) {
      const typed = ran(await type(line));
      expect(typed.result.error?.code).toBe('NOT_OURS');
    }
    expect(await docker('inspect', '-f', '{{.State.Running}}', mine)).toBe('true');
  });

  it('says what it runs for a command outside the subset, in English and Indonesian', async () => {
    const reply = await callOnce(services, 'explore.run', { lesson: 'networks', line: 'ls -la', ...size });
    if (!('result' in reply)) throw new Error(JSON.stringify(reply));
    const result = reply.result as ExploreResult;
    if (result.kind !== 'unsupported') throw new Error(JSON.stringify(result));
    expect(result.message.en).toMatch(
      /^"ls" is not a command this terminal runs\. It runs these docker commands.*docker run, /,
    );
    expect(result.message.id).toMatch(/^"ls" bukan perintah yang dijalankan terminal ini/);
    expect(result.supported).toEqual(expect.arrayContaining(['docker run', 'docker network connect', 'docker exec']));
    for (const line of ['docker build .', 'docker pull alpine', 'docker system prune'])
      expect((await type(line)).kind).toBe('unsupported');
  });

  it('refuses a bad flag with the parser error, and a node the lesson does not have', async () => {
    expect(
      await callOnce(services, 'explore.run', { lesson: 'networks', line: 'docker ps --bogus', ...size }),
    ).toMatchObject({
      error: { code: 'BAD_COMMAND', message: expect.stringContaining('--bogus') },
    });
    expect(
      await callOnce(services, 'explore.run', { lesson: 'networks', line: 'docker ps', node: 'node1', ...size }),
    ).toMatchObject({ error: { code: 'NOT_FOUND', message: expect.stringContaining('no node node1') } });
  });

  it('opens docker run -it --rm as a session: typed input runs in it, exit ends it and the container goes', async () => {
    const before = await exploreContainers();
    const opened = await type('docker run -it --rm --network backend-network alpine sh');
    if (opened.kind !== 'session') throw new Error(JSON.stringify(opened));
    expect(opened.command).toBe('docker run -it --rm --network backend-network alpine sh');
    const started = (await exploreContainers()).filter((id) => !before.includes(id));
    expect(started).toHaveLength(1);
    expect(await labelsOf(started[0] as string)).toMatchObject({ 'container-talk.lesson': 'networks' });

    const term = { screen: '', exit: undefined as number | undefined };
    const stop = services.consoles.subscribe(opened.sessionId, (event) => {
      if ('exit' in event) term.exit = event.exit;
      else term.screen += event.data;
    });
    services.consoles.input(opened.sessionId, 'cat /etc/hosts\n');
    await vi.waitFor(() => expect(term.screen).toMatch(/127\.0\.0\.1\s+localhost/), waitLong);
    services.consoles.input(opened.sessionId, 'exit\n');
    await vi.waitFor(() => expect(term.exit).toBe(0), waitLong);
    stop();
    await vi.waitFor(async () => expect(await exploreContainers()).toEqual(before), waitLong);
    await services.consoles.close(opened.sessionId);
  });

  it('completes command words and the names of containers and networks on the engine', async () => {
    expect(await services.explore.complete(engine(), networks, { line: 'docker network c' })).toEqual({
      from: 15,
      candidates: ['connect', 'create'],
    });
    const container = await services.explore.complete(engine(), networks, { line: 'docker exec red' });
    expect(container.from).toBe(12);
    expect(container.candidates).toContain('redis');
    expect(container.candidates.every((name) => name.startsWith('red'))).toBe(true);
    const network = await services.explore.complete(engine(), networks, { line: 'docker run -it --network back' });
    expect(network.candidates).toContain('backend-network');
    const reply = await callOnce(services, 'explore.complete', {
      lesson: 'networks',
      line: `docker rm ${mine.slice(0, 8)}`,
    });
    expect(reply).toMatchObject({ result: { candidates: [mine] } });
  });

  it("checks the lesson's challenge after each command, and a typed solution turns it green", async () => {
    // The last step's first command, typed before step 3 ran: it only lists, and does not count as that step.
    const before = ran(await type('docker network ls'));
    expect(before.step).toBeUndefined();
    expect(before.result.step).toBe('explore');
    expect(before.challenge).toMatchObject({ step: 'challenge', ok: false });
    await type('docker network create db-network');
    await type('docker network connect --alias db db-network redis');
    const solved = ran(
      await type('docker run -d --name web2 --net=db-network -e REDIS_HOST=db container-talk/redis-node-example'),
    );
    expect(solved.result.error).toBeUndefined();
    expect(solved.challenge?.actions[0]?.checks.filter((check) => !check.ok)).toEqual([]);
    expect(solved.challenge).toMatchObject({ step: 'challenge', ok: true });
  });
});

describe("a step's own interactive command, typed", () => {
  it('opens links step 4 (redis-cli) as a session the learner types into', async () => {
    const links = lesson('links');
    const typeIn = (line: string) => services.explore.run(engine(), links, { line }, size);
    expect(ran(await typeIn('docker run -d --name redis-server redis')).step).toMatchObject({
      step: 'start-redis',
      ok: true,
    });
    const opened = await typeIn('docker run -it --link redis-server:redis redis redis-cli -h redis');
    if (opened.kind !== 'session') throw new Error(JSON.stringify(opened));
    const term = { screen: '' };
    const stop = services.consoles.subscribe(opened.sessionId, (event) => {
      if (!('data' in event)) return;
      term.screen += event.data;
      // redis-cli measures the terminal: answer its cursor queries as a terminal would
      for (const _ of event.data.split('\x1b[6n').slice(1)) {
        const col = term.screen.slice(-64).includes('\x1b[999C') ? size.cols : 1;
        services.consoles.input(opened.sessionId, `\x1b[1;${col}R`);
      }
    });
    await vi.waitFor(() => expect(term.screen).toContain('redis:6379> '), waitLong);
    services.consoles.input(opened.sessionId, 'PING\r');
    await vi.waitFor(() => expect(term.screen).toContain('PONG'), waitLong);
    stop();
    const before = await exploreContainers();
    await services.consoles.close(opened.sessionId);
    expect((await exploreContainers()).length).toBe(before.length - 1);
  });
});

describe('leftovers of an earlier run of the app', () => {
  it("removes the Explore terminal's stopped interactive containers, and leaves its other containers alone", async () => {
    const labels = [
      'container-talk.app=container-talk',
      'container-talk.lesson=networks',
      'container-talk.step=explore',
    ];
    const labelled = labels.flatMap((label) => ['--label', label]);
    const shell = await docker('create', '-it', ...labelled, 'alpine', 'sh'); // its app was killed before it closed it
    await docker('run', ...labelled, 'alpine', 'true'); // a typed foreground run, finished
    const detached = await docker('run', '-dit', ...labelled, 'alpine', 'sh');
    const finishedId = await docker(
      'ps',
      '-aq',
      '--no-trunc',
      '--filter',
      'status=exited',
      '--filter',
      `label=${labels[2]}`,
    );
    await services.consoles.removeLeftovers(engine());
    const left = await exploreContainers();
    expect(left).not.toContain(shell);
    expect(left).toContain(detached);
    expect(finishedId).not.toBe('');
    for (const id of finishedId.split('\n')) expect(left).toContain(id);
    await docker('rm', '-f', detached, ...finishedId.split('\n'));
  });
});
