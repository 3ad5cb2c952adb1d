// The lesson state as read from an engine's listing (a fake one here; tests/engine/lesson-state.test.ts
// reads the real one): leftovers found by their labels, stopped or gone ones reported, and a step run
// out of order refused with the earlier step it needs.
import { describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/main/engine/engine';
import type { ContainerSummary, NetworkInfo } from '../../../src/main/engine/types';
import { readLessonState, requireEarlierSteps } from '../../../src/main/lessons/checks/lesson-state';
import { LABEL, labelsFor } from '../../../src/main/lessons/safety/labels';
import { lesson } from './lessons';

const networks = lesson('networks');

function container(step: string, action: number, state: string, name = 'x'): ContainerSummary {
  return {
    id: name,
    name,
    image: 'i',
    state,
    labels: labelsFor({ lesson: 'networks', step, action }),
    publicPorts: [],
  };
}
function network(step: string, action: number): NetworkInfo {
  const labels = labelsFor({ lesson: 'networks', step, action });
  return { id: 'n', name: 'n', driver: 'bridge', labels, containers: {}, raw: {} };
}
function engine(containers: ContainerSummary[], nets: NetworkInfo[]): Engine {
  const only =
    (labels: Record<string, string> = {}) =>
    (o: { labels: Record<string, string> }) =>
      Object.entries(labels).every(([k, v]) => o.labels[k] === v);
  return {
    listContainers: async (labels?: Record<string, string>) => containers.filter(only(labels)),
    listNetworks: async (labels?: Record<string, string>) => nets.filter(only(labels)),
  } as unknown as Engine;
}

const step = (id: string) => {
  const found = networks.steps.find((s) => s.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('the lesson state from the engine', () => {
  it('finds each leftover by its step and action labels', async () => {
    const state = await readLessonState(
      engine([container('create-network', 1, 'exited', 'redis')], [network('create-network', 0)]),
      networks,
    );
    expect(state.steps[0]).toEqual({
      step: 'create-network',
      leftovers: [
        { kind: 'network', name: 'backend-network', state: 'present' },
        { kind: 'container', name: 'redis', state: 'stopped' },
      ],
      needs: [],
    });
    expect(state.steps.find((s) => s.step === 'aliases')?.needs).toEqual(['create-network']);
    expect(state.steps.find((s) => s.step === 'disconnect')?.needs).toEqual([
      'create-network',
      'connect-two-networks',
      'aliases',
    ]);
  });

  it('does not count an object of another action or lesson', async () => {
    const other = {
      ...container('create-network', 1, 'running'),
      labels: { ...labelsFor({ lesson: 'links' }), [LABEL.step]: 'create-network', [LABEL.action]: '1' },
    };
    const state = await readLessonState(engine([container('create-network', 0, 'running'), other], []), networks);
    expect(state.steps[0]?.leftovers.map((l) => l.state)).toEqual(['gone', 'gone']);
  });

  it('refuses a step out of order, naming the first earlier step it needs', async () => {
    await expect(requireEarlierSteps(engine([], []), networks, step('disconnect'))).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringMatching(
        /uses the network backend-network \(gone\) and the container redis \(gone\), which step 1 \(“Create a network”\) creates/,
      ),
    });
    const stepOne = engine([container('create-network', 1, 'running', 'redis')], [network('create-network', 0)]);
    await expect(requireEarlierSteps(stepOne, networks, step('disconnect'))).rejects.toThrow(
      /step 3 \(“Connect two containers”\)/,
    );
    await expect(requireEarlierSteps(stepOne, networks, step('aliases'))).resolves.toBeUndefined();
  });
});
