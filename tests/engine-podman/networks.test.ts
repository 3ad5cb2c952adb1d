// The lessons through Podman's Docker-compatible API: the networks lesson passes every check, telling the
// learner where Podman differs (resolver, ping's capability, network list); the links lesson stops at its
// first --link. Outputs are compared with what podman's own CLI reports, not with fixed text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textOf } from '../../src/main/engine/demux';
import { engineNotes } from '../../src/main/lessons/checks/engine-notes';
import { LessonRunner } from '../../src/main/lessons/runner';
import { resetLesson } from '../../src/main/lessons/safety/reset';
import type { StepResult } from '../../src/shared/results';
import { action, failures, lesson, runSteps } from '../lesson-runs';
import { podman, podmanEngine } from './support';

type Engine = Awaited<ReturnType<typeof podmanEngine>>;

const ipOf = (container: string, network: string) =>
  podman('inspect', '-f', `{{(index .NetworkSettings.Networks "${network}").IPAddress}}`, container);
const gatewayOf = (network: string) =>
  podman('network', 'inspect', '-f', '{{range .Subnets}}{{.Gateway}}{{end}}', network);
const ours = ['--filter', 'label=container-talk.app'];
const lines = (text: string) => text.split('\n').filter(Boolean);
const ourContainers = async () => lines(await podman('ps', '-a', ...ours, '--format', '{{.Names}}'));
const ourNetworks = async () => lines(await podman('network', 'ls', ...ours, '--format', '{{.Name}}'));

let engine: Engine;
beforeAll(async () => {
  engine = await podmanEngine();
  await resetLesson(engine);
});
afterAll(async () => resetLesson(engine));

describe('networks lesson on Podman', () => {
  let steps: StepResult[];
  beforeAll(async () => {
    steps = await runSteps(engine, 'networks');
  });

  it('runs every step with every check passing', () => {
    expect(failures(steps)).toEqual([]);
    expect(steps.map((s) => s.ok)).toEqual([true, true, true, true, true, true]); // five steps, then the challenge
  });

  it("names the network's gateway as the resolver, not 127.0.0.11, and the check says so", async () => {
    const resolv = action(steps, 'docker run --net=backend-network alpine cat /etc/resolv.conf');
    const gateway = await gatewayOf('backend-network');
    expect(gateway).toMatch(/^\d+\.\d+\.\d+\.1$/);
    expect(textOf(resolv.output)).toMatch(new RegExp(`^nameserver ${gateway.replace(/\./g, '\\.')}$`, 'm'));
    expect(textOf(resolv.output)).not.toContain('127.0.0.11');
    expect(resolv.checks.find((c) => c.id === 'embedded-dns')).toMatchObject({
      ok: true,
      note: engineNotes.podmanResolver,
    });
  });

  it("shows the host's lines and host.containers.internal in /etc/hosts, with a note, and no line for redis", () => {
    const hosts = action(steps, 'docker run --net=backend-network alpine cat /etc/hosts');
    expect(textOf(hosts.output)).toMatch(/\shost\.containers\.internal$/m);
    expect(hosts.checks.find((c) => c.id === 'hosts-no-peer')).toMatchObject({
      ok: true,
      note: engineNotes.podmanHostsFile,
    });
  });

  it('pings with NET_RAW added, shows that command with the reason, and reaches the address podman reports', async () => {
    const pings = [
      ['docker run --net=backend-network --cap-add NET_RAW alpine ping -c1 redis', 'backend-network'],
      ['docker run --net=frontend-network2 --cap-add NET_RAW alpine ping -c1 db', 'frontend-network2'],
    ] as const;
    for (const [command, network] of pings) {
      const ping = action(steps, command);
      expect(ping.notes).toEqual([engineNotes.podmanPingNetRaw]);
      expect(textOf(ping.output)).toContain(`from ${await ipOf('redis', network)}:`);
      const create = ping.apiCalls.find((call) => call.path === '/containers/create');
      expect(create?.body).toMatchObject({ HostConfig: { CapAdd: ['CAP_NET_RAW'] } });
      expect(await podman('inspect', '-f', '{{.EffectiveCaps}}', ping.containerId ?? '')).toContain('CAP_NET_RAW');
    }
    // What Podman gives a container without it: the reason the command was changed.
    const bare = await podman('inspect', '-f', '{{.EffectiveCaps}}', 'redis');
    expect(bare).not.toContain('CAP_NET_RAW');
  });

  it("lists Podman's default network as podman, with a note, next to the lesson's networks", () => {
    const ls = action(steps, 'docker network ls');
    expect(textOf(ls.output)).toMatch(/\spodman\s+bridge\s/);
    expect(ls.notes).toEqual([engineNotes.podmanNetworkList]);
  });

  it('leaves redis on the networks podman reports after the disconnect, and the app without it', async () => {
    const networks = await podman(
      'inspect',
      '-f',
      '{{range $k, $v := .NetworkSettings.Networks}}{{$k}} {{end}}',
      'redis',
    );
    // frontend-network is gone; db-network is the closing challenge's (its solution connects redis as db).
    expect(networks.split(' ').filter(Boolean).sort()).toEqual(['backend-network', 'db-network', 'frontend-network2']);
    const app = action(steps, 'docker network disconnect frontend-network redis').checks.find(
      (c) => c.id === 'app-lost-redis',
    );
    expect(app?.detail).toMatch(/answered 503: cannot reach redis at redis:6379/);
  });
});

describe('links lesson on Podman', () => {
  let steps: StepResult[];
  beforeAll(async () => {
    await resetLesson(engine); // the networks lesson's app holds port 3000
    steps = await runSteps(engine, 'links');
  });

  it('starts redis-server, which needs no link', async () => {
    expect(steps[0]?.ok).toBe(true);
    expect(await podman('inspect', '-f', '{{.State.Running}}', 'redis-server')).toBe('true');
  });

  it('stops at the first --link before calling the engine, explains why and offers the networks lesson', async () => {
    expect(steps).toHaveLength(2);
    const [refused] = steps[1]?.actions ?? [];
    expect(refused?.command).toBe('docker run --link redis-server:redis alpine env');
    expect(refused?.error).toMatchObject({
      code: 'LINKS_UNSUPPORTED',
      message: engineNotes.podmanNoLinks.en,
      fix: expect.stringContaining('networks'),
    });
    expect(refused?.notes).toEqual([engineNotes.podmanNoLinks]);
    expect(refused?.apiCalls).toEqual([]);
    const step2 = lesson('links').steps[1]?.id;
    expect(await podman('ps', '-a', '--filter', `label=container-talk.step=${step2}`, '--format', '{{.Names}}')).toBe(
      '',
    );
  });
});

describe('reset on Podman', () => {
  const mine = 'ct-podman-test-unlabelled';
  afterAll(async () => {
    await podman('rm', '-f', mine).catch(() => undefined);
    await podman('network', 'rm', mine).catch(() => undefined);
  });

  it("removes the lessons' containers and networks, and nothing else", async () => {
    await podman('network', 'create', mine);
    await podman('create', '--name', mine, '--network', mine, 'alpine', 'true');
    const networks = lesson('networks');
    const first = networks.steps[0];
    if (!first) throw new Error('the networks lesson has no steps');
    expect((await new LessonRunner(engine).runStep(networks, first)).ok).toBe(true);
    expect(await ourContainers()).toContain('redis');
    await resetLesson(engine);
    expect(await ourContainers()).toEqual([]);
    expect(await ourNetworks()).toEqual([]);
    expect(await podman('inspect', '-f', '{{.Name}}', mine)).toBe(mine);
    expect(await podman('network', 'inspect', '-f', '{{.Name}}', mine)).toBe(mine);
  });
});
