// Lesson 3's engine-aware step on the private engine: the service's virtual IP and the routing mesh
// need the kernel's IPVS. On a kernel without it (this machine's) their checks carry the explanation;
// with it, they are plain answers. Host-mode ports need no IPVS and must answer on every node.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noIpvsNote } from '../../src/main/lessons/checks/swarm-reach';
import type { CheckResult, StepResult } from '../../src/shared/results';
import { failures, runSteps } from '../lesson-runs';
import { docker, resetAll, testEngine } from './support';

type Engine = Awaited<ReturnType<typeof testEngine>>;
/** The nodes run on this kernel: its IPVS table shows in /proc once it has IPVS. */
const kernelHasIpvs = existsSync('/proc/net/ip_vs');

let engine: Engine;
let steps: StepResult[];
const check = (id: string): CheckResult | undefined =>
  steps.flatMap((s) => s.actions.flatMap((a) => a.checks)).find((c) => c.id === id);

beforeAll(async () => {
  engine = await testEngine();
  await resetAll(engine);
  steps = await runSteps(engine, 'swarm', 4);
}, 240_000);
afterAll(async () => resetAll(engine));

describe('lesson 3, virtual IP and routing mesh', () => {
  it('runs up to that step with every check green', () => {
    expect(failures(steps)).toEqual([]);
  });

  it('starts the nodes privileged, or, where the engine refuses that, as near as it allows and says so', async () => {
    const runs = steps[0]?.actions.filter((a) => a.command.includes('--privileged')) ?? [];
    expect(runs.map((a) => a.error)).toEqual([undefined, undefined, undefined]);
    for (const [i, run] of runs.entries()) {
      const node = JSON.parse(await docker('inspect', `node${i + 1}`))[0].HostConfig;
      const note = run.notes.find((n) => n.en.includes('refused --privileged'));
      if (node.Privileged) expect(note).toBeUndefined();
      else {
        // This sandbox: the adapted command is shown in the note, and it is what the engine got.
        expect(note?.en).toContain('--cap-add ALL --cap-drop SYS_RESOURCE --security-opt seccomp=unconfined');
        expect(node).toMatchObject({ CapAdd: ['ALL'], CapDrop: ['CAP_SYS_RESOURCE'], MaskedPaths: [] });
      }
    }
  });

  it.each(['hello-vip', 'mesh-everywhere'])('%s answers, or says the kernel has no IPVS', (id) => {
    const result = check(id);
    if (kernelHasIpvs) {
      expect(result?.note).toBeUndefined();
      expect(result?.detail).toMatch(/answered HTTP|answers HTTP on node1, node2, node3/);
    } else {
      expect(result).toMatchObject({ ok: true, note: noIpvsNote });
      expect(result?.detail).toMatch(/: the kernel offers no IPVS$/);
    }
  });

  it('answers on the host-mode port of every node, IPVS or not', () => {
    expect(check('host-ports')).toMatchObject({
      ok: true,
      detail: expect.stringContaining('answers HTTP on node1, node2, node3'),
    });
    expect(check('host-ports')?.note).toBeUndefined();
  });
});
