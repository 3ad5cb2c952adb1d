// biome-ignore-all lint/suspicious/noExplicitAny: docker inspect JSON is read field by field
// What the app creates for a command must equal what the docker CLI creates for the same command on
// the same engine: each run of the lessons is created twice, once by the app and once by the CLI.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunSpec } from '../../src/main/lessons/commands';
import { formatAction, parseCommand } from '../../src/main/lessons/commands';
import { createBody } from '../../src/main/lessons/commands/run/create-body';
import { labelsFor } from '../../src/main/lessons/safety/labels';
import { docker, lessons, removeQuietly, repoRoot, testEngine } from './support';

type Engine = Awaited<ReturnType<typeof testEngine>>;
const exampleImage = 'container-talk/redis-node-example';

const runSpecs = lessons
  .flatMap((l) => l.steps.flatMap((s) => s.actions.map((a) => a.spec)))
  .filter((spec): spec is RunSpec => spec.kind === 'run');
const extraCommands = [
  'docker run --net=twin-net --link twin-target:db alpine env',
  'docker run --network twin-net --network-alias cache -e MODE=test redis',
  'docker run --rm -p 127.0.0.1:8080:80/udp alpine true',
];

/** The fields of `docker inspect` that a command decides. */
function essentials(inspect: Record<string, any>) {
  const ownShortId = String(inspect.Id).slice(0, 12);
  const self = (link: string) => link.replace(`:${inspect.Name}/`, ':{self}/');
  const endpoints = Object.fromEntries(
    Object.entries<Record<string, any>>(inspect.NetworkSettings.Networks ?? {}).map(([name, ep]) => [
      name,
      { aliases: (ep.Aliases ?? []).filter((a: string) => a !== ownShortId).sort(), links: ep.Links ?? null },
    ]),
  );
  return {
    Image: inspect.Config.Image,
    Cmd: inspect.Config.Cmd,
    Env: (inspect.Config.Env ?? []).filter((e: string) => !e.startsWith('PATH=')),
    Tty: inspect.Config.Tty,
    OpenStdin: inspect.Config.OpenStdin,
    StdinOnce: inspect.Config.StdinOnce,
    ExposedPorts: inspect.Config.ExposedPorts ?? null,
    Links: inspect.HostConfig.Links?.map(self) ?? null,
    NetworkMode: inspect.HostConfig.NetworkMode,
    PortBindings: inspect.HostConfig.PortBindings,
    AutoRemove: inspect.HostConfig.AutoRemove,
    networks: endpoints,
  };
}

async function inspectRaw(id: string) {
  return JSON.parse(await docker('inspect', id))[0] as Record<string, any>;
}

let engine: Engine;
const created: string[] = [];
beforeAll(async () => {
  engine = await testEngine();
  for (const name of ['twin-net', 'backend-network', 'frontend-network2'])
    await docker('network', 'create', name).catch(() => undefined);
  await docker('run', '-d', '--name', 'twin-target', '--net', 'twin-net', 'redis');
  await docker('run', '-d', '--name', 'redis-server', 'redis').catch(() => undefined);
  // Suites that test building it (cancel, images) remove the example app's image on purpose: the twins need it.
  await docker('image', 'inspect', exampleImage).catch(() =>
    docker('build', '-q', '-t', exampleImage, join(repoRoot, 'resources/example-app')),
  );
});
afterAll(async () => {
  await removeQuietly('container', ...created, 'twin-target', 'redis-server');
  await removeQuietly('network', 'twin-net', 'backend-network', 'frontend-network2');
});

describe("containers created by the app equal the docker CLI's", () => {
  const commands = [...new Set([...runSpecs.map((spec) => formatAction(spec)), ...extraCommands])];

  it.each(commands)('%s', async (command) => {
    const spec = parseCommand(command);
    if (spec.kind !== 'run') throw new Error('not a run');
    const unnamed = { ...spec, name: undefined, detach: false };
    // `docker create` takes the same flags as `docker run` except -d; names are dropped so both can exist.
    const ours = await engine.createContainer(createBody(unnamed, labelsFor({ lesson: 'twin' })));
    created.push(ours.id);
    const cliArgs = formatAction(unnamed)
      .replace(/^docker run /, '')
      .split(' ');
    const theirs = await docker('create', ...cliArgs);
    created.push(theirs);
    const [a, b] = await Promise.all([inspectRaw(ours.id), inspectRaw(theirs)]);
    expect(essentials(a)).toEqual(essentials(b));
  });
});

describe("networks created by the app equal the docker CLI's", () => {
  it('docker network create', async () => {
    const ours = await engine.createNetwork('twin-ours', labelsFor({ lesson: 'twin' }));
    await docker('network', 'create', 'twin-cli');
    try {
      const pick = (n: Record<string, any>) => ({
        Driver: n.Driver,
        Scope: n.Scope,
        Internal: n.Internal,
        Attachable: n.Attachable,
        EnableIPv6: n.EnableIPv6,
        IPAM: n.IPAM.Driver,
        Options: n.Options,
      });
      const [a, b] = await Promise.all([
        docker('network', 'inspect', ours.id),
        docker('network', 'inspect', 'twin-cli'),
      ]);
      expect(pick(JSON.parse(a)[0])).toEqual(pick(JSON.parse(b)[0]));
    } finally {
      await removeQuietly('network', 'twin-ours', 'twin-cli');
    }
  });

  it('docker network connect --alias', async () => {
    await docker('network', 'create', 'twin-alias');
    await docker('run', '-d', '--name', 'twin-a', 'redis');
    await docker('run', '-d', '--name', 'twin-b', 'redis');
    try {
      await engine.connectNetwork('twin-alias', 'twin-a', ['db']);
      await docker('network', 'connect', '--alias', 'db', 'twin-alias', 'twin-b');
      const aliases = async (name: string) => {
        const raw = await inspectRaw(name);
        return essentials(raw).networks['twin-alias'];
      };
      expect(await aliases('twin-a')).toEqual(await aliases('twin-b'));
      expect((await aliases('twin-a'))?.aliases).toEqual(['db']);
    } finally {
      await removeQuietly('container', 'twin-a', 'twin-b');
      await removeQuietly('network', 'twin-alias');
    }
  });
});
