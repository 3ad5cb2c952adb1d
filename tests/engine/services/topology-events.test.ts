// The networks stream kept up to date from the engine's events: a burst of docker CLI changes ends in
// exactly the state `docker network inspect` reports, with only the named objects inspected (never
// everything again); an event whose object is gone before its inspection leaves that object out,
// without an error, and the stream goes on.
import type { Topology } from '@shared/contract';
import { describe, expect, it, vi } from 'vitest';
import type { Engine } from '../../../src/main/engine';
import { docker, engineFile } from '../support';
import { watchNetworks } from './topology-watch';

const containers = ['svc-ev-a', 'svc-ev-b', 'svc-ev-c', 'svc-ev-d', 'svc-ev-gone'];
const networks = ['svc-ev-1', 'svc-ev-2', 'svc-ev-3'];
const file = engineFile({ containers, networks });
const watch = (seen: Engine) => watchNetworks(seen, file.stopAfterTest);
const waitLong = { timeout: 15_000, interval: 20 };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The engine as the watcher sees it, counting whole reads and single inspections. */
function counted(hooks: Partial<Pick<Engine, 'findContainerDetail' | 'findNetwork'>> = {}) {
  const { engine } = file;
  const reads = { whole: 0, containers: 0, networks: 0 };
  const seen: Engine = Object.create(engine);
  seen.inspectAllContainers = () => {
    reads.whole++;
    return engine.inspectAllContainers();
  };
  seen.findContainerDetail = (id) => {
    reads.containers++;
    return (hooks.findContainerDetail ?? engine.findContainerDetail)(id);
  };
  seen.findNetwork = (ref) => {
    reads.networks++;
    return (hooks.findNetwork ?? engine.findNetwork)(ref);
  };
  return { seen, reads };
}

/** Who is on each test network, with the address there: "name ip". */
type Membership = Record<string, string[]>;

async function inspected(): Promise<Membership> {
  const entries = await Promise.all(
    networks.map(async (name) => {
      const json = await docker('network', 'inspect', '-f', '{{json .Containers}}', name);
      const on = Object.values((JSON.parse(json) ?? {}) as Record<string, { Name: string; IPv4Address: string }>);
      return [name, on.map((c) => `${c.Name} ${c.IPv4Address.replace(/\/\d+$/, '')}`).sort()] as const;
    }),
  );
  return Object.fromEntries(entries);
}

function shown(topology: Topology | undefined): Membership {
  const on = (network: string) =>
    (topology?.containers ?? []).flatMap((c) =>
      c.endpoints.filter((e) => e.network === network).map((e) => `${c.name} ${e.ipv4}`),
    );
  return Object.fromEntries(networks.map((name) => [name, on(name).sort()]));
}

async function startFour(): Promise<void> {
  for (const name of networks) await docker('network', 'create', name);
  await Promise.all(
    containers
      .slice(0, 4)
      .map((name) => docker('run', '-d', '--name', name, '--network', 'svc-ev-1', 'alpine', 'sleep', '300')),
  );
}

describe('the topology from the engine’s events', () => {
  it('a burst of CLI changes ends in exactly what `docker network inspect` reports, read object by object', async () => {
    await startFour();
    const { seen, reads } = counted();
    const { snapshots, errors, latest, container } = watch(seen);
    await vi.waitFor(() => expect(snapshots.length).toBeGreaterThan(0), waitLong);
    expect(reads.whole).toBe(1);

    // Side by side, as fast as the CLI goes: connects, disconnects, an alias, a new container, a removal.
    await Promise.all([
      docker('network', 'connect', 'svc-ev-2', 'svc-ev-a'),
      docker('network', 'connect', '--alias', 'svc-ev-db', 'svc-ev-2', 'svc-ev-b'),
      docker('network', 'connect', 'svc-ev-3', 'svc-ev-c'),
      docker('network', 'disconnect', 'svc-ev-1', 'svc-ev-d'),
      docker('run', '-d', '--name', 'svc-ev-gone', '--network', 'svc-ev-3', 'alpine', 'sleep', '300'),
    ]);
    await Promise.all([
      docker('network', 'connect', 'svc-ev-3', 'svc-ev-a'),
      docker('network', 'disconnect', 'svc-ev-1', 'svc-ev-b'),
      docker('rm', '-f', 'svc-ev-gone'),
      docker('network', 'connect', 'svc-ev-2', 'svc-ev-d'),
    ]);
    const expected = await inspected();
    expect(expected['svc-ev-2']).toHaveLength(3);
    await vi.waitFor(() => expect(shown(latest())).toEqual(expected), waitLong);
    await sleep(500);
    expect(shown(latest())).toEqual(expected);
    expect(container('svc-ev-gone')).toBeUndefined();
    expect(container('svc-ev-b')?.endpoints.find((e) => e.network === 'svc-ev-2')?.aliases).toContain('svc-ev-db');
    expect(errors).toEqual([]);
    // Nothing was read whole again, and each change read only what it names.
    expect(reads.whole).toBe(1);
    expect(reads.containers).toBeGreaterThan(0);
    expect(reads.containers).toBeLessThan(40);
  });

  it('a container removed before its inspection is left out, and the stream goes on', async () => {
    await startFour();
    await docker('run', '-d', '--name', 'svc-ev-gone', '--network', 'svc-ev-1', 'alpine', 'sleep', '300');
    const target = await docker('inspect', '-f', '{{.Id}}', 'svc-ev-gone');
    let raced = false;
    const { seen, reads } = counted({
      // The container goes between its event and its inspection.
      findContainerDetail: async (id) => {
        if (id === target && !raced) {
          raced = true;
          await docker('rm', '-f', 'svc-ev-gone');
        }
        return file.engine.findContainerDetail(id);
      },
    });
    const { snapshots, errors, container } = watch(seen);
    await vi.waitFor(() => expect(container('svc-ev-gone')?.running).toBe(true), waitLong);
    const before = snapshots.length;
    await docker('network', 'connect', 'svc-ev-2', 'svc-ev-gone');
    await vi.waitFor(() => expect(container('svc-ev-gone')).toBeUndefined(), waitLong);
    expect(raced).toBe(true);
    expect(snapshots.length).toBeGreaterThan(before);

    await docker('network', 'connect', 'svc-ev-2', 'svc-ev-a');
    await vi.waitFor(() => expect(container('svc-ev-a')?.endpoints).toHaveLength(2), waitLong);
    expect(errors).toEqual([]);
    expect(reads.whole).toBe(1);
  });

  it('a network removed before its inspection is left out, and the stream goes on', async () => {
    let raced = false;
    const { seen, reads } = counted({
      findNetwork: async (ref) => {
        if (!raced) {
          raced = true;
          await docker('network', 'rm', 'svc-ev-3');
        }
        return file.engine.findNetwork(ref);
      },
    });
    const { snapshots, errors, network } = watch(seen);
    await vi.waitFor(() => expect(snapshots.length).toBeGreaterThan(0), waitLong);
    await docker('network', 'create', 'svc-ev-3');
    await vi.waitFor(() => expect(raced).toBe(true), waitLong);
    await docker('network', 'create', 'svc-ev-2');
    await vi.waitFor(() => expect(network('svc-ev-2')).toBeDefined(), waitLong);
    expect(network('svc-ev-3')).toBeUndefined();
    expect(errors).toEqual([]);
    expect(reads.whole).toBe(1);
  });
});
