import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../src/main/lessons/commands';
import { createBody } from '../../../src/main/lessons/commands/run/create-body';
import { labelsFor } from '../../../src/main/lessons/safety/labels';

const labels = labelsFor({ lesson: 'links', step: 's', action: 0 });

function bodyOf(command: string) {
  const spec = parseCommand(command);
  if (spec.kind !== 'run') throw new Error('not a run');
  return createBody(spec, labels);
}

describe('docker run → container create body', () => {
  it('puts --link on the default bridge into HostConfig.Links', () => {
    const body = bodyOf('docker run --link redis-server:redis alpine env');
    expect(body).toMatchObject({
      Image: 'alpine',
      Cmd: ['env'],
      Tty: false,
      OpenStdin: false,
      AttachStdout: true,
      AttachStderr: true,
      HostConfig: { NetworkMode: 'default', Links: ['redis-server:redis'] },
    });
    expect(body.NetworkingConfig).toBeUndefined();
  });

  it("puts --link on a user-defined network into that network's endpoint", () => {
    const body = bodyOf('docker run --net=backend --link redis:db alpine ping -c1 db');
    expect(body.HostConfig.Links).toBeUndefined();
    expect(body.HostConfig.NetworkMode).toBe('backend');
    expect(body.NetworkingConfig).toEqual({ EndpointsConfig: { backend: { Links: ['redis:db'] } } });
  });

  it('publishes ports as ExposedPorts plus PortBindings', () => {
    const body = bodyOf('docker run -d -p 3000:3000 app');
    expect(body.ExposedPorts).toEqual({ '3000/tcp': {} });
    expect(body.HostConfig.PortBindings).toEqual({ '3000/tcp': [{ HostIp: '', HostPort: '3000' }] });
    expect(body).toMatchObject({ AttachStdout: false, AttachStderr: false, AttachStdin: false });
  });

  it('opens stdin and a TTY for -it', () => {
    const body = bodyOf('docker run -it redis redis-cli -h redis');
    expect(body).toMatchObject({ Tty: true, OpenStdin: true, StdinOnce: true, AttachStdin: true });
  });

  it('keeps network aliases on the endpoint and refuses them on the default bridge', () => {
    expect(bodyOf('docker run --network n --network-alias db redis').NetworkingConfig).toEqual({
      EndpointsConfig: { n: { Aliases: ['db'] } },
    });
    expect(() => bodyOf('docker run --network-alias db redis')).toThrow('only supported for user-defined networks');
  });

  it('labels what it creates with app, lesson, step and action', () => {
    expect(bodyOf('docker run alpine').Labels).toEqual({
      'container-talk.app': 'container-talk',
      'container-talk.lesson': 'links',
      'container-talk.step': 's',
      'container-talk.action': '0',
    });
  });
});
