// The networks stream: a full snapshot at once, a new one after changes made with the docker CLI
// (only when the view changed), legacy links and labels read right, and nothing after stop().
// Bursts and races: topology-events.test.ts.
import { describe, expect, it, vi } from 'vitest';
import { docker, engineFile } from '../support';
import { watchNetworks } from './topology-watch';

const file = engineFile({
  containers: ['svc-topo', 'svc-link-target', 'svc-linker', 'svc-console', 'svc-shell', 'svc-rm', 'redis'],
  networks: ['svc-net', 'svc-ours'],
});
const watch = () => watchNetworks(file.engine, file.stopAfterTest);
const waitLong = { timeout: 15_000, interval: 50 };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Long enough for any late event of a change to have been applied. */
const settle = 600;

describe('watchTopology', () => {
  it('sends a snapshot at once, with the built-in networks', async () => {
    const { snapshots, errors, network } = watch();
    await vi.waitFor(() => expect(snapshots).toHaveLength(1), waitLong);
    expect(network('bridge')).toMatchObject({ driver: 'bridge', ours: false, subnet: expect.stringMatching(/\/\d+$/) });
    expect(network('bridge')?.gateway).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(network('none')).toMatchObject({ driver: 'null', ours: false });
    expect(errors).toEqual([]);
  });

  it('follows docker CLI changes: a new network, a container, then `docker network connect --alias`', async () => {
    const { snapshots, container, network } = watch();
    await vi.waitFor(() => expect(snapshots).toHaveLength(1), waitLong);
    await docker('network', 'create', 'svc-net');
    await vi.waitFor(() => expect(network('svc-net')).toMatchObject({ driver: 'bridge', ours: false }), waitLong);

    await docker('run', '-d', '--name', 'svc-topo', 'redis');
    await vi.waitFor(() => expect(container('svc-topo')?.running).toBe(true), waitLong);
    expect(container('svc-topo')?.endpoints.map((e) => e.network)).toEqual(['bridge']);
    expect(container('svc-topo')?.lesson).toBeUndefined();

    await docker('network', 'connect', '--alias', 'svc-db', 'svc-net', 'svc-topo');
    await vi.waitFor(() => expect(container('svc-topo')?.endpoints).toHaveLength(2), waitLong);
    const endpoint = container('svc-topo')?.endpoints.find((e) => e.network === 'svc-net');
    const ip = await docker('inspect', '-f', '{{(index .NetworkSettings.Networks "svc-net").IPAddress}}', 'svc-topo');
    expect(endpoint).toMatchObject({ network: 'svc-net', ipv4: ip });
    expect(endpoint?.aliases).toContain('svc-db');
    expect(endpoint?.aliases).not.toContain((await docker('inspect', '-f', '{{.Id}}', 'svc-topo')).slice(0, 12));
    expect(endpoint?.ipv4).toMatch(/^\d+\.\d+\.\d+\.\d+$/);

    await docker('network', 'disconnect', 'svc-net', 'svc-topo');
    await vi.waitFor(() => expect(container('svc-topo')?.endpoints).toHaveLength(1), waitLong);
    await docker('rm', '-f', 'svc-topo');
    await vi.waitFor(() => expect(container('svc-topo')).toBeUndefined(), waitLong);
  });

  it('sends a snapshot only when the view changed, however many events a change makes', async () => {
    await docker('network', 'create', 'svc-net');
    await docker('run', '-d', '--name', 'svc-topo', '--network', 'svc-net', 'redis');
    const { snapshots, container } = watch();
    await vi.waitFor(() => expect(container('svc-topo')?.running).toBe(true), waitLong);
    // kill, die, network disconnect, destroy: a few dozen milliseconds apart
    await docker('rm', '-f', 'svc-topo');
    await vi.waitFor(() => expect(container('svc-topo')).toBeUndefined(), waitLong);
    await sleep(settle);
    expect(container('svc-topo')).toBeUndefined();
    expect(snapshots.length).toBeLessThanOrEqual(4);
    const sent = snapshots.map((snapshot) => JSON.stringify(snapshot));
    expect(sent.filter((each, i) => each === sent[i - 1])).toEqual([]);
  });

  it('reads legacy links and the labels of what the app created', async () => {
    await docker('run', '-d', '--name', 'svc-link-target', 'redis');
    await docker('run', '-d', '--name', 'svc-linker', '--link', 'svc-link-target:db', 'alpine', 'sleep', '300');
    const labels = ['--label', 'container-talk.app=container-talk', '--label', 'container-talk.lesson=networks'];
    await docker('network', 'create', ...labels, 'svc-ours');
    const { snapshots, container, network } = watch();
    await vi.waitFor(() => expect(snapshots).toHaveLength(1), waitLong);
    expect(container('svc-linker')?.links).toEqual([{ target: 'svc-link-target', alias: 'db' }]);
    expect(container('svc-link-target')?.links).toEqual([]);
    expect(network('svc-ours')).toMatchObject({ ours: true, lesson: 'networks' });
  });

  it('names the app’s helpers, and tells one-off runs from the containers a lesson names', async () => {
    const app = (step: string) => [
      ...['--label', 'container-talk.app=container-talk', '--label', 'container-talk.lesson=networks'],
      ...['--label', `container-talk.step=${step}`],
    ];
    await docker('run', '-d', '--name', 'svc-console', ...app('console'), 'alpine', 'sleep', '300');
    await docker('run', '-d', '-it', '--name', 'svc-shell', ...app('explore'), 'alpine', 'sh');
    await docker('create', '--name', 'redis', ...app('create-network'), 'redis');
    await docker('run', '-d', '--rm', '--name', 'svc-rm', 'alpine', 'sleep', '300');
    await docker('run', '-d', '--name', 'svc-topo', 'alpine', 'sleep', '300');
    const { snapshots, container } = watch();
    await vi.waitFor(() => expect(snapshots).toHaveLength(1), waitLong);
    expect(container('svc-console')).toMatchObject({ role: 'console', oneOff: true, running: true });
    expect(container('svc-shell')).toMatchObject({ role: 'explore-shell', oneOff: true });
    // `docker run --name=redis` is the networks lesson's own: not a one-off, even when stopped.
    expect(container('redis')).toMatchObject({ oneOff: false, running: false, lesson: 'networks' });
    expect(container('redis')?.role).toBeUndefined();
    expect(container('svc-rm')).toMatchObject({ oneOff: true });
    expect(container('svc-rm')?.lesson).toBeUndefined();
    expect(container('svc-topo')).toMatchObject({ oneOff: false });
    expect(container('svc-topo')?.role).toBeUndefined();
  });

  it('stop() ends the events stream, and no snapshot arrives after it', async () => {
    const { snapshots, stop } = watch();
    await vi.waitFor(() => expect(snapshots).toHaveLength(1), waitLong);
    expect(file.engine.openStreams()).toBe(1);
    stop();
    await vi.waitFor(() => expect(file.engine.openStreams()).toBe(0), waitLong);
    await docker('network', 'create', 'svc-net');
    await sleep(settle);
    expect(snapshots).toHaveLength(1);
  });
});
