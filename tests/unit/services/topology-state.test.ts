// The topology kept from events, against a scripted engine: each object a batch names is inspected
// once, removals need no inspection, and what cannot be applied (an event naming too little, an engine
// error) reads everything again instead of guessing.
import { describe, expect, it } from 'vitest';
import type { EngineEvent } from '../../../src/main/engine/events';
import type { NetworkInfo } from '../../../src/main/engine/types';
import { TopologyState } from '../../../src/main/services/topology-state';
import { containerDetail } from './fake-engine';

const network = (id: string, name: string): NetworkInfo => ({
  id,
  name,
  driver: 'bridge',
  labels: {},
  containers: {},
  raw: {},
});
const onNet = (id: string, name: string, net: string) => ({
  ...containerDetail(id, name),
  running: true,
  networks: { [net]: { ipAddress: '10.0.0.2', gateway: '', aliases: [], links: [], dnsNames: [] } },
});

function scripted() {
  const engine = {
    networks: [network('n1', 'bridge')],
    containers: [containerDetail('c1', 'web')],
    fail: false,
    reads: { whole: 0, container: [] as string[], network: [] as string[] },
    listNetworks: async () => [...engine.networks],
    inspectAllContainers: async () => {
      engine.reads.whole++;
      return [...engine.containers];
    },
    findContainerDetail: async (id: string) => {
      engine.reads.container.push(id);
      if (engine.fail) throw new Error('(HTTP code 500) server error');
      return engine.containers.find((c) => c.id === id);
    },
    findNetwork: async (ref: string) => {
      engine.reads.network.push(ref);
      return engine.networks.find((n) => n.id === ref || n.name === ref);
    },
  };
  return engine;
}

/** A state that has read the scripted engine whole once, as a watch starts. */
async function readOnce() {
  const engine = scripted();
  const state = new TopologyState(engine);
  await state.resync();
  return { engine, state };
}

const event = (type: EngineEvent['type'], action: string, id: string, attributes = {}): EngineEvent => ({
  type,
  action,
  id,
  attributes,
  time: 0,
});

describe('TopologyState', () => {
  it('inspects each container a batch names once, and drops a destroyed one without asking', async () => {
    const { engine, state } = await readOnce();
    engine.containers = [{ ...containerDetail('c1', 'web'), running: true }, containerDetail('c2', 'db')];
    await state.apply([
      event('container', 'create', 'c2'),
      event('container', 'start', 'c1'),
      event('container', 'die', 'c1'),
      event('container', 'start', 'c1'),
    ]);
    expect(engine.reads.container.sort()).toEqual(['c1', 'c2']);
    expect(state.view().containers.map((c) => [c.name, c.running])).toEqual([
      ['db', false],
      ['web', true],
    ]);
    await state.apply([event('container', 'destroy', 'c2')]);
    expect(engine.reads.container).toHaveLength(2);
    expect(state.view().containers.map((c) => c.name)).toEqual(['web']);
    expect(engine.reads.whole).toBe(1);
  });

  it('reads the container a network event names, and a network it never heard of', async () => {
    const { engine, state } = await readOnce();
    engine.networks.push(network('n2', 'app-net'));
    engine.containers = [onNet('c1', 'web', 'app-net')];
    await state.apply([event('network', 'connect', 'n2', { container: 'c1', name: 'app-net' })]);
    expect(state.view().networks.map((n) => n.name)).toEqual(['app-net', 'bridge']);
    expect(state.view().containers[0]?.endpoints.map((e) => e.network)).toEqual(['app-net']);
    engine.networks = engine.networks.filter((n) => n.id !== 'n2');
    await state.apply([event('network', 'destroy', 'n2')]);
    expect(state.view().networks.map((n) => n.name)).toEqual(['bridge']);
    expect(engine.reads.whole).toBe(1);
  });

  it('reads everything again for an event naming too little, or when an inspection fails', async () => {
    const { engine, state } = await readOnce();
    engine.containers.push(containerDetail('c2', 'db'));
    await state.apply([event('network', 'connect', 'n1')]);
    expect(engine.reads.whole).toBe(2);
    expect(state.view().containers.map((c) => c.name)).toEqual(['db', 'web']);
    engine.fail = true;
    engine.containers = [];
    await state.apply([event('container', 'start', 'c1')]);
    expect(engine.reads.whole).toBe(3);
    expect(state.view().containers).toEqual([]);
  });
});
