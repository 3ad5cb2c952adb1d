// The service's virtual IP and the ports it publishes on the nodes, against fake node engines: where
// nothing answers, the checks pass only with the IPVS explanation, and only for what needs IPVS.
import { describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/main/engine';
import { readBefore, verifyAll } from '../../../src/main/lessons/checks';
import { noIpvsNote } from '../../../src/main/lessons/checks/swarm-reach';
import { lessonCheckSchema } from '../../../src/main/lessons/checks/vocabulary';

const ours = { 'container-talk.app': 'container-talk' };
const HTTP = 'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nTotal requests: 1\n';

interface World {
  /** What a throwaway container's command answers: HTTP, or nothing. */
  httpAnswers: boolean;
  ipvs: boolean;
  publishMode?: 'ingress' | 'host';
}

function nodeEngine(world: World): Engine {
  const commands = new Map<string, string[]>();
  return {
    findNetwork: async (name: string) => ({ id: 'overlay-1', name, labels: ours, containers: {} }),
    findService: async (name: string) => ({
      id: 's1',
      name,
      virtualIps: [{ networkId: 'overlay-1', addr: '10.0.1.5/24' }],
      ports: [{ targetPort: 3000, publishedPort: 8080, publishMode: world.publishMode ?? 'ingress' }],
      labels: ours,
    }),
    createContainer: async (body: { Cmd: string[] }) => {
      const id = `look-${commands.size}`;
      commands.set(id, body.Cmd);
      return { id, warnings: [] };
    },
    runAttached: async (id: string, onChunk: (chunk: { stream: string; text: string }) => void) => {
      const cmd = (commands.get(id) ?? []).join(' ');
      if (cmd.startsWith('getent')) onChunk({ stream: 'stdout', text: '10.0.1.5  hello\n' });
      if (cmd.startsWith('test -e /proc/net/ip_vs')) return world.ipvs ? 0 : 1;
      if (cmd.includes('| nc -w 3')) {
        if (world.httpAnswers) onChunk({ stream: 'stdout', text: HTTP });
        return world.httpAnswers ? 0 : 1;
      }
      return 0;
    },
    removeContainer: async () => undefined,
    swarmInfo: async () => ({ localNodeState: 'active', controlAvailable: true }),
  } as unknown as Engine;
}

async function verdict(spec: Record<string, unknown>, world: World) {
  const engine = nodeEngine(world);
  const ctx = { engine, engineOn: async () => engine, ensureImage: async () => undefined };
  const list = [lessonCheckSchema.parse({ id: 'c', explain: { en: 'e', id: 'i' }, ...spec })];
  const [result] = await verifyAll(ctx, { exitCode: 0, warnings: [], output: [] }, list, await readBefore(ctx, list));
  return result;
}

const vip = { kind: 'service-vip', service: 'hello', network: 'app-net', port: 3000, node: 'node1', from: 'node3' };
const mesh = { kind: 'published-on-nodes', service: 'hello', port: 8080, node: 'node1', on: ['node1', 'node2'] };

describe('service-vip', () => {
  it('passes when the name resolves to the VIP and the VIP answers HTTP', async () => {
    const result = await verdict(vip, { httpAnswers: true, ipvs: true });
    expect(result).toMatchObject({ ok: true, detail: expect.stringContaining('which answered HTTP on port 3000') });
    expect(result?.note).toBeUndefined();
  });

  it('explains a silent VIP where the kernel has no IPVS', async () => {
    const result = await verdict(vip, { httpAnswers: false, ipvs: false });
    expect(result).toMatchObject({ ok: true, note: noIpvsNote });
    expect(result?.detail).toContain('the kernel offers no IPVS');
  });

  it('fails a silent VIP where the kernel has IPVS, after giving the tasks time to listen', async () => {
    expect(await verdict(vip, { httpAnswers: false, ipvs: true })).toMatchObject({ ok: false });
  }, 20_000);
});

describe('published-on-nodes', () => {
  it('passes when every node answers', async () => {
    expect(await verdict(mesh, { httpAnswers: true, ipvs: false })).toMatchObject({ ok: true });
  });

  it('explains a silent routing mesh without IPVS, but never a silent host-mode port', async () => {
    expect(await verdict(mesh, { httpAnswers: false, ipvs: false })).toMatchObject({ ok: true, note: noIpvsNote });
    const host = await verdict(mesh, { httpAnswers: false, ipvs: false, publishMode: 'host' });
    expect(host).toMatchObject({ ok: false, detail: expect.stringContaining('not on node1, node2') });
  }, 20_000);
});
