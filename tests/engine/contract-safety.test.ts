// Through the contract (the router, as a renderer reaches it), network.connect and network.disconnect
// refuse any network or container the app did not create, and leave it as it was; a reset plan never
// lists them. Decoys are named sec-* and nothing here resets: others may share the private engine.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppServices, createServices } from '../../src/main/api/services';
import { callOnce } from '../contract-calls';
import { docker, privateDockerHost, removeQuietly } from './support';

const box = 'sec-decoy';
const net = 'sec-decoy-net';
const forgedNet = 'sec-forged-net';
const oursNet = 'sec-ours-net';

let dir: string;
let services: AppServices;
const call = (op: string, input: unknown) => callOnce(services, op, input);

/** The action's error code: connect and disconnect answer with an action result that carries it. */
async function refusal(op: 'network.connect' | 'network.disconnect', network: string, container: string) {
  const reply = await call(op, { lesson: 'networks', network, container });
  if (!('result' in reply)) throw new Error(`${op} failed as a request: ${JSON.stringify(reply)}`);
  return (reply.result as { error?: { code: string } }).error?.code;
}

const networksOf = async (container: string) =>
  (await docker('inspect', '-f', '{{range $name, $_ := .NetworkSettings.Networks}}{{$name}} {{end}}', container))
    .split(' ')
    .filter(Boolean)
    .sort();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ct-contract-safety-'));
  services = await createServices({ dataDir: dir, discovery: { env: { DOCKER_HOST: privateDockerHost() } } });
  expect(services.engine.status.state).toBe('connected');
  await removeQuietly('container', box);
  await removeQuietly('network', net, forgedNet, oursNet);
  await docker('network', 'create', net);
  await docker('network', 'create', '--label', 'container-talk.app=someone-else', forgedNet);
  await docker('run', '-d', '--name', box, '--network', net, 'redis');
});
afterAll(async () => {
  await removeQuietly('container', box);
  await removeQuietly('network', net, forgedNet, oursNet);
  await services?.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe('the contract on objects the app did not create', () => {
  it('refuses to connect or disconnect them, and changes nothing', async () => {
    expect(await refusal('network.connect', forgedNet, box)).toBe('NOT_OURS');
    expect(await refusal('network.disconnect', net, box)).toBe('NOT_OURS');
    expect(await refusal('network.connect', 'bridge', box)).toBe('NOT_OURS');
    expect(await networksOf(box)).toEqual([net]);
    expect(await docker('inspect', '-f', '{{.State.Running}}', box)).toBe('true');
  });

  it("refuses a learner's container even on a network labelled as the app's", async () => {
    // Labelled as the app's, so another test's full reset may remove it: it lives for this test only.
    await docker(
      'network',
      'create',
      '--label',
      'container-talk.app=container-talk',
      '--label',
      'container-talk.lesson=sec',
      oursNet,
    );
    expect(await refusal('network.connect', oursNet, box)).toBe('NOT_OURS');
    expect(await networksOf(box)).toEqual([net]);
    await docker('network', 'connect', oursNet, box);
    expect(await refusal('network.disconnect', oursNet, box)).toBe('NOT_OURS');
    expect(await networksOf(box)).toEqual([net, oursNet].sort());
    await docker('network', 'disconnect', oursNet, box);
    await removeQuietly('network', oursNet);
  });

  it('creates nothing for names that do not exist', async () => {
    expect(await refusal('network.connect', 'sec-missing-net', box)).toBe('NOT_FOUND');
    await expect(docker('network', 'inspect', 'sec-missing-net')).rejects.toThrow(/not found/i);
  });

  it("never lists them in a lesson's reset plan", async () => {
    for (const lesson of ['links', 'networks']) {
      const reply = await call('lesson.resetPlan', { lesson });
      const plan = (reply as { result: { containers: Array<{ name: string }>; networks: Array<{ name: string }> } })
        .result;
      const names = [...plan.containers, ...plan.networks].map((object) => object.name);
      expect(names.filter((name) => name.startsWith('sec-'))).toEqual([]);
    }
  });
});
