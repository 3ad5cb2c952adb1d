import type { DiscoveryReport } from '@shared/engine';
import { describe, expect, it } from 'vitest';
import { classifyError, classifyOutcome } from '../../../../src/main/engine/discovery/classify';
import { describeReport, failureFor } from '../../../../src/main/engine/discovery/diagnose';
import { knownSockets } from '../../../../src/main/engine/discovery/sockets';
import { type EngineTarget, resolveOptions } from '../../../../src/main/engine/discovery/types';
import { identityFrom } from '../../../../src/main/engine/identity';
import { DOCKER_2010_INFO, DOCKER_2010_VERSION, PODMAN_VERSION } from './fake-engine';

const errno = (code: string, extra: Record<string, unknown> = {}) =>
  Object.assign(new Error(`connect ${code} /var/run/docker.sock`), { code, ...extra });

const ctxFor = (platform: NodeJS.Platform) =>
  resolveOptions({ env: { XDG_RUNTIME_DIR: '/run/user/1000' }, platform, home: '/home/ann' });

function socketTarget(platform: NodeJS.Platform, index = 0): EngineTarget {
  const c = knownSockets(ctxFor(platform))[index];
  if (!c?.transport) throw new Error('no socket');
  return { endpoint: c.endpoint, flavor: c.flavor, transport: c.transport };
}

const failure = (error: unknown, platform: NodeJS.Platform, index = 0) => {
  const target = socketTarget(platform, index);
  return failureFor(classifyError(error, target.transport.kind), target, ctxFor(platform));
};

describe('classifyError', () => {
  it.each([
    ['ENOENT', 'unix', 'ENGINE_NOT_FOUND'],
    ['ECONNREFUSED', 'unix', 'ENGINE_NOT_RUNNING'],
    ['ECONNREFUSED', 'tcp', 'ENGINE_NOT_RUNNING'],
    ['EACCES', 'unix', 'PERMISSION_DENIED'],
    ['EPERM', 'npipe', 'PERMISSION_DENIED'],
    ['ENOTFOUND', 'tcp', 'UNREACHABLE'],
    ['EAI_AGAIN', 'tcp', 'UNREACHABLE'],
    ['EHOSTUNREACH', 'tcp', 'UNREACHABLE'],
    ['ETIMEDOUT', 'tcp', 'UNREACHABLE'],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', 'tcp', 'UNREACHABLE'],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'tcp', 'UNREACHABLE'],
    ['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'tcp', 'UNREACHABLE'],
    ['ERR_SSL_WRONG_VERSION_NUMBER', 'tcp', 'BAD_CONFIG'],
    ['ECONNREFUSED', 'ssh', 'UNREACHABLE'],
  ] as const)('%s over %s → %s', (code, kind, expected) => {
    expect(classifyError(errno(code), kind).code).toBe(expected);
  });

  it('reads ssh2 error levels', () => {
    const auth = Object.assign(new Error('All configured authentication methods failed'), {
      level: 'client-authentication',
    });
    expect(classifyError(auth, 'ssh')).toMatchObject({ code: 'UNREACHABLE', reason: 'ssh-auth' });
    const slow = Object.assign(new Error('Timed out while waiting for handshake'), { level: 'client-timeout' });
    expect(classifyError(slow, 'ssh')).toMatchObject({ code: 'UNREACHABLE', reason: 'connect-timeout' });
    expect(classifyError(new Error('socket hang up'), 'ssh').reason).toBe('ssh-remote');
  });

  it('classifies timeouts by transport and by whether the connection was open', () => {
    expect(classifyOutcome({ kind: 'timeout', connected: true }, 'unix')?.code).toBe('TIMEOUT');
    expect(classifyOutcome({ kind: 'timeout', connected: true }, 'tcp')?.code).toBe('TIMEOUT');
    expect(classifyOutcome({ kind: 'timeout', connected: false }, 'tcp')?.code).toBe('UNREACHABLE');
    expect(classifyOutcome({ kind: 'timeout', connected: false }, 'ssh')?.code).toBe('UNREACHABLE');
  });

  it('classifies HTTP answers', () => {
    expect(classifyOutcome({ kind: 'answer', answer: { status: 200, body: 'OK' } }, 'unix')).toBeUndefined();
    expect(classifyOutcome({ kind: 'answer', answer: { status: 200, body: 'hello' } }, 'unix')?.code).toBe(
      'NOT_AN_ENGINE',
    );
    const html = classifyOutcome(
      { kind: 'answer', answer: { status: 404, body: '<h1>', contentType: 'text/html; charset=utf-8' } },
      'tcp',
    );
    expect(html).toMatchObject({ code: 'NOT_AN_ENGINE', detail: 'GET /_ping gave HTTP 404 (text/html)' });
  });
});

describe('PERMISSION_DENIED fixes per OS', () => {
  it('linux docker socket: docker group, then log out and in, or rootless', () => {
    const f = failure(errno('EACCES'), 'linux');
    expect(f.code).toBe('PERMISSION_DENIED');
    expect(f.message).toContain('/var/run/docker.sock');
    expect(f.fix).toContain('sudo usermod -aG docker $USER');
    expect(f.fix).toContain('log out and back in');
    expect(f.fix).toContain('rootless');
  });

  it('linux rootful podman socket: use rootless podman', () => {
    expect(failure(errno('EACCES'), 'linux', 3).fix).toContain('systemctl --user enable --now podman.socket');
  });

  it('windows pipe: run Docker Desktop, be in docker-users', () => {
    const f = failure(errno('EPERM'), 'win32');
    expect(f.code).toBe('PERMISSION_DENIED');
    expect(f.fix).toContain('Docker Desktop');
    expect(f.fix).toContain('docker-users');
  });

  it('macOS: check the owner, restart the VM app', () => {
    expect(failure(errno('EACCES'), 'darwin', 1).fix).toContain('ls -l');
  });
});

describe('start fixes per product', () => {
  it.each([
    ['linux', 0, 'sudo systemctl start docker'],
    ['linux', 1, 'systemctl --user start docker'],
    ['linux', 2, 'systemctl --user start docker-desktop'],
    ['linux', 4, 'systemctl --user enable --now podman.socket'],
    ['darwin', 1, 'Docker Desktop'],
    ['darwin', 2, 'colima start'],
    ['darwin', 4, 'OrbStack'],
    ['darwin', 5, 'Rancher Desktop'],
    ['darwin', 6, 'podman machine start'],
    ['win32', 0, 'Start Docker Desktop'],
    ['win32', 2, 'podman machine start'],
  ] as const)('%s socket #%i → %s', (platform, index, text) => {
    expect(failure(errno('ECONNREFUSED'), platform, index).fix).toContain(text);
  });
});

describe('describeReport', () => {
  it('names the chosen engine', () => {
    const report: DiscoveryReport = {
      chosen: {
        source: 'socket',
        label: 'Docker Engine',
        url: 'unix:///var/run/docker.sock',
        publishedHost: 'localhost',
      },
      probes: [],
      identity: identityFrom(DOCKER_2010_VERSION, DOCKER_2010_INFO, false),
    };
    expect(describeReport(report)).toEqual({
      en: 'Using Docker Engine (unix:///var/run/docker.sock): Docker Engine 20.10.24+dfsg1, API 1.41, linux/amd64.',
      id: 'Memakai Docker Engine (unix:///var/run/docker.sock): Docker Engine 20.10.24+dfsg1, API 1.41, linux/amd64.',
    });
  });
});

describe('identityFrom', () => {
  it('Docker Desktop from /info OperatingSystem or the Platform name', () => {
    const desktopInfo = { ...DOCKER_2010_INFO, OperatingSystem: 'Docker Desktop' };
    expect(identityFrom(DOCKER_2010_VERSION, desktopInfo, false).product).toBe('docker-desktop');
    const desktopVersion = { ...DOCKER_2010_VERSION, Platform: { Name: 'Docker Desktop 4.30.0 (149282)' } };
    expect(identityFrom(desktopVersion, undefined, false).product).toBe('docker-desktop');
  });

  it('Podman from its component or /libpod/_ping', () => {
    expect(identityFrom(PODMAN_VERSION, undefined, false)).toMatchObject({
      product: 'podman',
      version: '4.3.1',
      minApiVersion: '1.24',
    });
    expect(identityFrom(DOCKER_2010_VERSION, undefined, true).product).toBe('podman');
  });

  it('plain Docker Engine otherwise; never invents an API version', () => {
    const id = identityFrom({ Version: '29.1.0', ApiVersion: '1.52', Os: 'linux', Arch: 'arm64' }, undefined, false);
    expect(id).toEqual({ product: 'docker-engine', version: '29.1.0', apiVersion: '1.52', os: 'linux', arch: 'arm64' });
    expect(() => identityFrom({ Version: '1.0' }, undefined, false)).toThrow(/ApiVersion/);
    expect(() => identityFrom(Buffer.from('OK'), undefined, false)).toThrow();
  });
});
