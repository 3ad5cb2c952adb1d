// On Podman the runner runs the networks lesson's pings with --cap-add NET_RAW, shows that command and
// says why; Docker gets the lesson's commands unchanged. The real runs are in tests/engine-podman.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onEngine, verifyAll } from '../../../src/main/lessons/checks';
import { engineNotes } from '../../../src/main/lessons/checks/engine-notes';
import { formatAction, parseCommand } from '../../../src/main/lessons/commands';
import { createBody } from '../../../src/main/lessons/commands/run/create-body';
import { adaptToEngine } from '../../../src/main/lessons/engine-adapt';
import { LessonRunner } from '../../../src/main/lessons/runner';
import { labelsFor } from '../../../src/main/lessons/safety/labels';
import { type FakeServer, startServer, tempDir } from '../engine/discovery/fake-engine';
import { engineAt } from '../engine-at';
import { lesson } from './lessons';

const podman = { isPodman: true };
const docker = { isPodman: false };
const adapted = (engine: typeof podman, command: string) => {
  const { spec, notes } = adaptToEngine(engine, parseCommand(command));
  return { command: formatAction(spec), notes };
};

describe('--cap-add', () => {
  it('parses, formats back, and becomes HostConfig.CapAdd spelled as the docker CLI sends it', () => {
    const text = 'docker run --rm --cap-add net_raw --cap-add CAP_SYS_TIME alpine ping -c1 1.1.1.1';
    const spec = parseCommand(text);
    expect(formatAction(spec)).toBe(text);
    if (spec.kind !== 'run') throw new Error('not a run');
    const body = createBody(spec, labelsFor({ lesson: 'networks', step: 's', action: 0 }));
    expect(body.HostConfig.CapAdd).toEqual(['CAP_NET_RAW', 'CAP_SYS_TIME']);
    expect(createBody({ ...spec, capAdd: [] }, {}).HostConfig.CapAdd).toBeUndefined();
  });
});

describe('adaptToEngine', () => {
  it('adds NET_RAW to pings on Podman, shows it in the command and explains it in both languages', () => {
    expect(adapted(podman, 'docker run --net=backend-network alpine ping -c1 redis')).toEqual({
      command: 'docker run --net=backend-network --cap-add NET_RAW alpine ping -c1 redis',
      notes: [engineNotes.podmanPingNetRaw],
    });
    expect(engineNotes.podmanPingNetRaw.en).toMatch(/NET_RAW.*permission denied \(are you root\?\)/);
    expect(engineNotes.podmanPingNetRaw.id).toContain('--cap-add NET_RAW');
    expect(adapted(podman, 'docker run alpine /bin/ping -c1 redis').command).toContain('--cap-add NET_RAW');
  });

  it('leaves Docker, other commands and pings that already have the capability alone', () => {
    const ping = 'docker run --net=backend-network alpine ping -c1 redis';
    expect(adapted(docker, ping)).toEqual({ command: ping, notes: [] });
    for (const command of [
      'docker run --net=backend-network alpine cat /etc/resolv.conf',
      'docker run --cap-add CAP_NET_RAW alpine ping -c1 redis',
      'docker run --cap-add ALL alpine ping -c1 redis',
    ]) {
      expect(adapted(podman, command)).toEqual({ command, notes: [] });
    }
  });

  it("explains Podman's list of networks, where Docker's bridge is called podman", () => {
    expect(adapted(podman, 'docker network ls').notes).toEqual([engineNotes.podmanNetworkList]);
    expect(adapted(docker, 'docker network ls').notes).toEqual([]);
  });

  it('changes exactly the two pings of the networks lesson', () => {
    const changed = lesson('networks')
      .steps.flatMap((step) => step.actions)
      .map((action) => adapted(podman, formatAction(action.spec)).command)
      .filter((command) => command.includes('--cap-add'));
    expect(changed).toEqual([
      'docker run --net=backend-network --cap-add NET_RAW alpine ping -c1 redis',
      'docker run --net=frontend-network2 --cap-add NET_RAW alpine ping -c1 db',
    ]);
  });
});

const fakeEngine = (socketPath: string, product: 'podman' | 'docker-engine') =>
  engineAt(
    socketPath,
    { product, version: product === 'podman' ? '4.3.1' : '20.10.24', apiVersion: '1.41', os: 'linux', arch: 'amd64' },
    'fake',
  );

describe('the hosts check on Podman', () => {
  // Podman 4.3's /etc/hosts for a container on backend-network: the host's lines come first.
  const hosts =
    '127.0.0.1\tlocalhost\n127.0.0.1\tvm\n10.89.0.1\thost.containers.internal\n10.89.0.4\t2b34c076bd46 romantic_blackburn\n';
  const check = { id: 'hosts', kind: 'hosts-no-peer' as const, peer: 'redis', explain: { en: 'e', id: 'i' } };
  const outcome = { exitCode: 0, warnings: [], output: [{ stream: 'stdout' as const, text: hosts }] };

  it("passes, and explains the host's lines and host.containers.internal", async () => {
    const [podman] = await verifyAll(onEngine(fakeEngine('/nonexistent', 'podman')), outcome, [check], new Map());
    expect(podman).toMatchObject({ ok: true, note: engineNotes.podmanHostsFile });
    const [docker] = await verifyAll(
      onEngine(fakeEngine('/nonexistent', 'docker-engine')),
      outcome,
      [check],
      new Map(),
    );
    expect(docker?.note).toBeUndefined();
  });
});

describe('the runner on Podman', () => {
  let server: FakeServer;
  let dir: ReturnType<typeof tempDir>;
  beforeAll(async () => {
    dir = tempDir();
    // The engine refuses the create: enough to see what the runner sent, showed and said.
    server = await startServer(`${dir.dir}/engine.sock`, {
      // The lesson's network, made by the app: it joins only networks it created.
      '/networks/backend-network': (_req, res) =>
        res.writeHead(200, { 'Content-Type': 'application/json' }).end(
          JSON.stringify({
            Id: 'b'.repeat(64),
            Name: 'backend-network',
            Labels: { 'container-talk.app': 'container-talk' },
          }),
        ),
      '/containers/create': (_req, res) =>
        res.writeHead(500, { 'Content-Type': 'application/json' }).end('{"message":"test engine stops here"}'),
    });
  });
  afterAll(async () => {
    await server.close();
    dir.cleanup();
  });

  it('creates the ping container with CAP_NET_RAW and reports the command it ran, with the note', async () => {
    const engine = fakeEngine(server.address, 'podman');
    const networks = lesson('networks');
    const step = networks.steps[1];
    const index = step?.actions.findIndex((a) => a.spec.kind === 'run' && a.spec.command[0] === 'ping') ?? -1;
    const action = step?.actions[index];
    if (!step || !action) throw new Error('the networks lesson has no ping in step 2');
    const result = await new LessonRunner(engine).runAction(networks, step.id, index, action);
    expect(result.command).toBe('docker run --net=backend-network --cap-add NET_RAW alpine ping -c1 redis');
    expect(result.notes).toEqual([engineNotes.podmanPingNetRaw]);
    const create = result.apiCalls.find((call) => call.path === '/containers/create');
    expect(create?.body).toMatchObject({ Cmd: ['ping', '-c1', 'redis'], HostConfig: { CapAdd: ['CAP_NET_RAW'] } });
  });
});
