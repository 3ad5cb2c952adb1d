// The ownership policy on every path that uses an object by name: with a learner's own container or
// network under each name the lessons use, every step's actions and both consoles stop with the coded
// error and the fix, and not one call that changes the engine is made.
import { describe, expect, it } from 'vitest';
import { LessonRunner } from '../../../src/main/lessons/runner';
import { usesOf, usesOfChecks } from '../../../src/main/lessons/safety/uses';
import { ConsoleSessions } from '../../../src/main/services/consoles';
import { lesson, lessons } from '../lessons/lessons';
import { MemoryEngine, OURS } from './memory-engine';

const mine = { 'com.example.owner': 'learner' };
const lessonNames = {
  // The challenges' names too: their solutions are what a learner types.
  containers: ['redis-server', 'redis', 'node1', 'node2', 'node3', 'cache-client', 'web2'],
  networks: ['backend-network', 'frontend-network', 'frontend-network2', 'swarm-nodes', 'db-network'],
};

/** An engine where every lesson name is taken by the learner, and their app publishes port 3000. */
function decoyed(): MemoryEngine {
  const engine = new MemoryEngine();
  for (const name of lessonNames.containers) engine.container(name, mine);
  for (const name of lessonNames.networks) engine.network(name, mine);
  engine.container('my-web-app', mine, { publicPorts: [3000] });
  return engine;
}

const actions = lessons.flatMap((l) =>
  l.steps.flatMap((step) => step.actions.map((action, index) => ({ lesson: l, step, action, index }))),
);
const mentionsDecoy = (text: string) =>
  [...lessonNames.containers, ...lessonNames.networks].some((name) => new RegExp(`\\b${name}\\b`).test(text));

describe('what actions use by name', () => {
  it('lists link targets, user-defined networks, connect and disconnect pairs, and exec targets', () => {
    const links = lesson('links');
    const networks = lesson('networks');
    expect(usesOf(links.steps[1]?.actions[0]?.spec as never)).toEqual({
      containers: ['redis-server'],
      running: ['redis-server'],
      networks: [],
      ports: [],
    });
    expect(usesOf(networks.consoles[0]?.spec as never)).toEqual({
      containers: [],
      running: [],
      networks: ['backend-network'],
      ports: [],
    });
    expect(usesOf({ kind: 'network-connect', network: 'n', container: 'c', aliases: [] })).toEqual({
      containers: ['c'],
      running: [],
      networks: ['n'],
      ports: [],
    });
    expect(usesOf({ kind: 'http', port: 3000, path: '/' }).ports).toEqual([3000]);
    expect(usesOfChecks(links.steps[2]?.actions[1]?.checks ?? []).containers).toEqual(['redis-server']);
    expect(usesOf({ kind: 'network-ls' })).toEqual({ containers: [], running: [], networks: [], ports: [] });
  });
});

describe("the learner's objects under the lessons' names", () => {
  it.each(actions.map((a) => [`${a.lesson.id}/${a.step.id}#${a.index}`, a] as const))(
    '%s changes nothing, and refuses when it names one of them',
    async (_name, { lesson: l, step, action, index }) => {
      const engine = decoyed();
      const result = await new LessonRunner(engine.asEngine()).runAction(l, step.id, index, action);
      expect(engine.changes).toEqual([]);
      const usesPort = action.spec.kind === 'http';
      const reads = action.spec.kind === 'network-ls' || action.spec.kind === 'network-inspect';
      if (reads) expect(result.error).toBeUndefined();
      else {
        // A command shown as `node1 $ …` uses the node container node1.
        expect(mentionsDecoy(`${action.node ?? ''} ${result.command}`) || usesPort).toBe(true);
        expect(['NAME_TAKEN', 'NOT_OURS']).toContain(result.error?.code);
        expect(result.error?.fix).toMatch(/docker (rename|rm|network rm)/);
      }
    },
  );

  it.each(['links', 'networks'])('the %s console refuses, and starts nothing', async (id) => {
    const engine = decoyed();
    const consoles = new ConsoleSessions();
    await expect(consoles.open(engine.asEngine(), lesson(id), { cols: 80, rows: 24 })).rejects.toMatchObject({
      code: 'NOT_OURS',
      fix: expect.stringContaining('docker'),
    });
    expect(engine.changes).toEqual([]);
    expect(consoles.size).toBe(0);
  });

  it('the networks panel refuses to connect or disconnect them', async () => {
    const engine = decoyed();
    const runner = new LessonRunner(engine.asEngine());
    const networks = lesson('networks');
    for (const kind of ['network-connect', 'network-disconnect'] as const) {
      const spec =
        kind === 'network-connect'
          ? { kind, network: 'frontend-network', container: 'redis', aliases: [] }
          : { kind, network: 'backend-network', container: 'redis', force: false };
      expect((await runner.runCommand(networks, spec)).error?.code).toBe('NOT_OURS');
    }
    expect(engine.changes).toEqual([]);
  });

  it("uses the app's own objects: the policy refuses only what is not the app's", async () => {
    const engine = new MemoryEngine();
    engine.container('redis-server', OURS);
    const links = lesson('links');
    const step = links.steps[1];
    if (!step?.actions[0]) throw new Error('links has no step 2');
    const result = await new LessonRunner(engine.asEngine()).runAction(links, step.id, 0, {
      ...step.actions[0],
      checks: [],
    });
    expect(result.error).toBeUndefined();
    expect(engine.changes[0]).toBe('create');
  });

  it('says what to do when a link target of the app is stopped, before anything changes', async () => {
    const engine = new MemoryEngine();
    engine.container('redis-server', OURS, { state: 'exited' });
    const consoles = new ConsoleSessions();
    await expect(consoles.open(engine.asEngine(), lesson('links'), { cols: 80, rows: 24 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('redis-server is not running'),
      fix: expect.stringContaining('starts redis-server'),
    });
    expect(engine.changes).toEqual([]);
  });

  it('says what to do when a used object is missing', async () => {
    const engine = new MemoryEngine();
    const consoles = new ConsoleSessions();
    await expect(consoles.open(engine.asEngine(), lesson('links'), { cols: 80, rows: 24 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      fix: expect.stringContaining('redis-server'),
    });
    expect(engine.changes).toEqual([]);
  });
});
