// Lesson 3's console on node2: `docker run -it --network app-net redis redis-cli -h redis` runs on the
// engine inside the playground node, the redis image copied in from the learner's engine; the real
// redis-cli reaches redis on node1 across the overlay. Before the node or the overlay is there, the
// learner is told which step to run (and, once node2 has left the swarm, to start over); console containers inside the node go when closed, and one an
// earlier run of the app left there goes when the next console opens on that node.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Engine } from '../../../src/main/engine';
import { nodeEnginesOf } from '../../../src/main/lessons/playground/node-engines';
import { LABEL } from '../../../src/main/lessons/safety/labels';
import { CONSOLE_STEP, type ConsoleEvent, ConsoleSessions } from '../../../src/main/services/consoles';
import { failures, runSteps } from '../../lesson-runs';
import { LessonRunner, lesson, resetAll, testEngine } from '../support';

const swarm = lesson('swarm');
const size = { cols: 80, rows: 24 };
const waitLong = { timeout: 30_000, interval: 100 };
const PROMPT = 'redis:6379> ';

let outer: Engine;
const nodeEngine = (node: string) => nodeEnginesOf(outer).engineOf(node);
const consoleContainers = async (node: string) =>
  (await (await nodeEngine(node)).listContainers({ [LABEL.step]: CONSOLE_STEP })).map((c) => c.id);

/** A subscriber that answers redis-cli's cursor-position queries as a terminal would. */
function terminal(consoles: ConsoleSessions, sessionId: string) {
  const term = { screen: '', exit: undefined as number | undefined };
  consoles.subscribe(sessionId, (event: ConsoleEvent) => {
    if ('exit' in event) {
      term.exit = event.exit;
      return;
    }
    term.screen += event.data;
    for (const _ of event.data.split('\x1b[6n').slice(1)) {
      const col = term.screen.slice(-64).includes('\x1b[999C') ? size.cols : 1;
      consoles.input(sessionId, `\x1b[1;${col}R`);
    }
  });
  return term;
}

/** Types a line and waits until the screen shows `answer` after it. */
async function typed(
  consoles: ConsoleSessions,
  term: { screen: string },
  sessionId: string,
  line: string,
  answer: string,
) {
  const from = term.screen.length;
  consoles.input(sessionId, `${line}\r`);
  await vi.waitFor(() => expect(term.screen.slice(from)).toContain(answer), waitLong);
}

beforeAll(async () => {
  outer = await testEngine();
  await resetAll(outer);
});
afterAll(async () => {
  await resetAll(outer);
  outer.close();
});

describe('the swarm console on node2', () => {
  const consoles = new ConsoleSessions();
  afterAll(() => consoles.closeAll());

  it('says to run step 1 first while node2 is not running, and creates nothing', async () => {
    await expect(consoles.open(outer, swarm, size, 'redis-cli')).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('node2'),
      fix: expect.stringMatching(/^Run step 1 \(".+"\) first: it starts node2\./),
    });
    expect(consoles.size).toBe(0);
  });

  it('says to run step 2 first while the overlay app-net is not there, and leaves no container in node2', async () => {
    expect(failures(await runSteps(outer, 'swarm', 1))).toEqual([]);
    await expect(consoles.open(outer, swarm, size, 'redis-cli')).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('app-net'),
      fix: expect.stringMatching(/^Run step 2 \(".+"\) first: it creates app-net\./),
    });
    expect(await consoleContainers('node2')).toEqual([]);
  });

  it('runs redis-cli inside node2 against redis on node1, across the overlay; closing removes it', async () => {
    const [, overlay] = swarm.steps;
    if (!overlay) throw new Error('the swarm lesson has no second step');
    // What the console needs is what step 2's commands make (its checks are the steps' own tests).
    const step2 = await new LessonRunner(outer).runStep(swarm, overlay);
    expect(step2.actions.flatMap((a) => a.error ?? [])).toEqual([]);
    const node2 = await nodeEngine('node2');
    const hadRedis = await node2.hasImage('redis:latest');

    const { sessionId, command } = await consoles.open(outer, swarm, size, 'redis-cli');
    expect(command).toBe('docker run -it --network app-net redis redis-cli -h redis');
    const [id] = await consoleContainers('node2');
    expect(id).toBeDefined();
    const inside = await node2.inspectContainer(id ?? '');
    expect(inside.labels).toMatchObject({ [LABEL.lesson]: 'swarm', [LABEL.step]: CONSOLE_STEP });
    expect(await outer.listContainers({ [LABEL.step]: CONSOLE_STEP })).toEqual([]); // nothing on the learner's engine

    const term = terminal(consoles, sessionId);
    if (!hadRedis) expect(term.screen).toContain('Copying redis:latest from your engine into node2');
    await vi.waitFor(() => expect(term.screen).toContain(PROMPT), waitLong);
    await typed(consoles, term, sessionId, 'PING', 'PONG');
    await typed(consoles, term, sessionId, 'SET x 1', 'OK');

    // The key is in the redis that runs on node1.
    const node1 = await nodeEngine('node1');
    const got = await node1.exec('redis', ['redis-cli', 'GET', 'x']);
    expect(got.stdout.trim()).toBe('1');

    await consoles.close(sessionId);
    expect(await consoleContainers('node2')).toEqual([]);
  });

  it('removes a console container an earlier run of the app left in node2 when the next console opens there', async () => {
    const killed = new ConsoleSessions(); // an app that was killed with its console open: it never closes it
    await killed.open(outer, swarm, size, 'redis-cli');
    const [leftover] = await consoleContainers('node2');
    expect(leftover).toBeDefined();

    const { sessionId } = await consoles.open(outer, swarm, size, 'redis-cli');
    const now = await consoleContainers('node2');
    expect(now).toHaveLength(1);
    expect(now).not.toContain(leftover);

    await consoles.closeAll();
    expect(consoles.size).toBe(0);
    expect(await consoleContainers('node2')).toEqual([]);
    expect(() => consoles.input(sessionId, 'x')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });

  it('once node2 has left the swarm (as the clean-up step makes it), says so instead of "run step 2"', async () => {
    await (await nodeEngine('node2')).swarmLeave(true);
    await expect(consoles.open(outer, swarm, size, 'redis-cli')).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('reaches only as a member of the swarm'),
      fix: expect.stringMatching(/^Reset the lesson, then run it again up to step 2 \(".+"\)/),
    });
    expect(await consoleContainers('node2')).toEqual([]);
  });
});
