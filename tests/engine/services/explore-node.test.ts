// The Explore terminal on lesson 3's playground nodes: a typed line with a node runs on that node's
// engine (a step's command there counts as that step), completion reads that node's names, and the
// commands that change swarm mode are refused on the learner's own engine, which stays out of a swarm.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/main/engine';
import { nodeEnginesOf } from '../../../src/main/lessons/playground/node-engines';
import { ConsoleSessions } from '../../../src/main/services/consoles';
import { ExploreService } from '../../../src/main/services/explore/explore-service';
import { StepService } from '../../../src/main/services/step-service';
import type { ExploreResult } from '../../../src/shared/results';
import { failures, runSteps } from '../../lesson-runs';
import { lesson, resetAll, testEngine } from '../support';

const swarm = lesson('swarm');
const size = { cols: 80, rows: 24 };

let outer: Engine;
const consoles = new ConsoleSessions();
const explore = new ExploreService(new StepService(), consoles);
const type = (line: string, node?: string) => explore.run(outer, swarm, { line, ...(node ? { node } : {}) }, size);

function ran(result: ExploreResult) {
  if (result.kind !== 'ran') throw new Error(`expected the line to run, got ${JSON.stringify(result)}`);
  return result;
}

beforeAll(async () => {
  outer = await testEngine();
  await resetAll(outer);
});
afterAll(async () => {
  await consoles.closeAll();
  await resetAll(outer);
  outer.close();
});

describe('the Explore terminal on playground nodes', () => {
  it("refuses swarm init on the learner's engine, and a node the lesson does not have", async () => {
    await expect(type('docker swarm init --advertise-addr eth0')).rejects.toMatchObject({
      code: 'BAD_COMMAND',
      message: expect.stringContaining('never on your own engine'),
    });
    expect((await outer.swarmInfo()).localNodeState).toBe('inactive');
    await expect(type('docker ps', 'node9')).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('its nodes are node1, node2, node3'),
    });
  });

  it("runs a step's command on its node as that step, and other lines on the node chosen", async () => {
    expect(failures(await runSteps(outer, 'swarm', 1))).toEqual([]);
    const created = ran(await type('docker network create -d overlay --attachable app-net', 'node1'));
    expect(created.result.error).toBeUndefined();
    expect(created.step).toMatchObject({ step: 'overlay', ok: false, actions: [{ action: 0 }] });
    const node1 = await nodeEnginesOf(outer).engineOf('node1');
    expect((await node1.findNetwork('app-net'))?.labels).toMatchObject({ 'container-talk.step': 'overlay' });
    expect(await outer.findNetwork('app-net')).toBeUndefined();

    const listed = ran(await type('docker node ls', 'node2')); // not step 1's command: that one runs on node1
    expect(listed.step).toBeUndefined();
    expect(listed.result.error?.message).toMatch(/manager|swarm/i); // a worker cannot list nodes, as with the CLI
    const services = ran(await type('docker service ls', 'node1'));
    expect(services.result.output.map((chunk) => chunk.text).join('')).toMatch(/^ID\s+NAME\s+MODE\s+REPLICAS/);
  });

  it("completes with the names on the node's engine", async () => {
    const names = await explore.complete(outer, swarm, { line: 'docker network inspect app', node: 'node1' });
    expect(names.candidates).toEqual(['app-net']);
    const outside = await explore.complete(outer, swarm, { line: 'docker network inspect app' });
    expect(outside.candidates).toEqual([]);
  });
});
