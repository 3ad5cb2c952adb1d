// The networks and logs streams across machines: lesson 3's first two steps start three playground
// nodes and run redis on node1 and web on node2 on the overlay app-net. The topology shows each node
// with the containers its own engine runs and app-net (one id) on the nodes that have it; a node still
// starting is a node without contents, never an error. The logs follow node1/redis. Reset takes the
// nodes away, and the snapshot with them.
import type { LogLine, Topology } from '@shared/contract';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { resetLesson } from '../../../src/main/lessons/safety/reset';
import { followLessonLogs } from '../../../src/main/services/logs';
import { watchTopology } from '../../../src/main/services/topology';
import { runSteps } from '../../lesson-runs';
import { resetAll, testEngine } from '../support';

type Engine = Awaited<ReturnType<typeof testEngine>>;
let engine: Engine;
const waitLong = { timeout: 60_000, interval: 100 };

const snapshots: Topology[] = [];
const errors: Error[] = [];
const lines: LogLine[] = [];
const stops: Array<() => void> = [];
const latest = () => snapshots.at(-1);
const node = (name: string) => latest()?.nodes?.find((n) => n.name === name);
const inside = (name: string) => node(name)?.containers.map((c) => c.name) ?? [];
const networkOn = (name: string, network: string) => node(name)?.networks.find((n) => n.name === network);

beforeAll(async () => {
  engine = await testEngine();
  await resetAll(engine);
  stops.push(
    watchTopology(
      engine,
      (t) => snapshots.push(t),
      (e) => errors.push(e),
    ),
  );
  stops.push(
    followLessonLogs(
      engine,
      { tail: 50 },
      (line) => lines.push(line),
      (e) => errors.push(e),
    ),
  );
  await vi.waitFor(() => expect(snapshots.length).toBeGreaterThan(0), waitLong);
  // Only the objects matter here: the lesson's own checks are the lesson tests' business.
  const steps = await runSteps(engine, 'swarm', 2);
  const failed = steps.flatMap((s) => s.actions.flatMap((a) => (a.error ? [`${a.command}: ${a.error.message}`] : [])));
  expect(failed).toEqual([]);
  expect(steps.map((s) => s.step)).toEqual(['form-swarm', 'overlay']);
});

afterAll(async () => {
  for (const stop of stops) stop();
  await resetAll(engine);
  engine.close();
});

describe('the networks and logs streams across machines', () => {
  it('shows the three nodes with the containers their own engines run', async () => {
    await vi.waitFor(() => {
      expect(latest()?.nodes?.map((n) => [n.name, n.reachable])).toEqual([
        ['node1', true],
        ['node2', true],
        ['node3', true],
      ]);
      expect(inside('node1')).toEqual(['redis']);
      expect(inside('node2')).toEqual(['web']);
      expect(inside('node3')).toEqual([]);
    }, waitLong);
    const redis = node('node1')?.containers.find((c) => c.name === 'redis');
    expect(redis).toMatchObject({ running: true, lesson: 'swarm' });
    expect(redis?.endpoints.map((e) => e.network)).toEqual(['app-net']);
    // The node containers stay on the learner's engine's side, on swarm-nodes.
    const outerNames = latest()?.containers.map((c) => c.name);
    expect(outerNames).toEqual(expect.arrayContaining(['node1', 'node2', 'node3']));
    expect(outerNames).not.toContain('redis');
    expect(errors).toEqual([]);
  });

  it('shows the overlay app-net with one id on the nodes that have it', async () => {
    await vi.waitFor(() => expect(networkOn('node2', 'app-net')).toBeDefined(), waitLong);
    const appNet = networkOn('node1', 'app-net');
    expect(appNet).toMatchObject({ driver: 'overlay', ours: true, lesson: 'swarm' });
    expect(networkOn('node2', 'app-net')?.id).toBe(appNet?.id);
  });

  it('showed a node that was still starting as a node without contents', () => {
    const starting = snapshots.flatMap((s) => s.nodes ?? []).filter((n) => !n.reachable);
    expect(starting.length).toBeGreaterThan(0);
    for (const n of starting) expect([n.networks, n.containers]).toEqual([[], []]);
  });

  it('follows the logs of the containers inside the nodes, labelled with the node', async () => {
    await vi.waitFor(() => expect(lines.some((l) => l.container === 'node1/redis')).toBe(true), waitLong);
    const redis = lines.filter((l) => l.container === 'node1/redis');
    expect(redis.every((l) => l.node === 'node1')).toBe(true);
    expect(redis.map((l) => l.text).join('\n')).toMatch(/Ready to accept connections/i);
    expect(lines.filter((l) => l.container === 'redis')).toEqual([]);
    expect(lines.filter((l) => l.node === undefined && l.container.includes('/'))).toEqual([]);
  });

  it('drops the nodes once the lesson is reset, and the streams end cleanly', async () => {
    await resetLesson(engine, 'swarm');
    // The nodes and their containers go in the engine's order of events: wait for the end state, both.
    await vi.waitFor(() => {
      expect(latest()?.nodes).toBeUndefined();
      expect(latest()?.containers.map((c) => c.name)).not.toContain('node1');
    }, waitLong);
    expect(errors).toEqual([]);
    for (const stop of stops.splice(0)) stop();
    await vi.waitFor(() => expect(engine.openStreams()).toBe(0), waitLong);
  });
});
