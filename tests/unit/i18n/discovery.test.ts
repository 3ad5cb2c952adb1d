// The engine-down report in Indonesian: every reason a probe fails, for every kind of engine, place and OS.
import type { DiscoveryReport, ProbeResult } from '@shared/engine';
import type { Text } from '@shared/lesson';
import { describe, expect, it } from 'vitest';
import type { Reason } from '../../../src/main/engine/discovery/classify';
import { describeReport, failureFor } from '../../../src/main/engine/discovery/diagnose';
import { installFix, startFix } from '../../../src/main/engine/discovery/fixes';
import { type EngineTarget, type Flavor, resolveOptions } from '../../../src/main/engine/discovery/types';

const reasons = Object.keys({
  missing: 0,
  refused: 0,
  denied: 0,
  timeout: 0,
  'connect-timeout': 0,
  dns: 0,
  network: 0,
  tls: 0,
  'tls-needed': 0,
  'tls-unexpected': 0,
  'ssh-auth': 0,
  'ssh-remote': 0,
  'not-engine': 0,
  other: 0,
} satisfies Record<Reason, 0>) as Reason[];

const flavors = Object.keys({
  docker: 0,
  'rootless-docker': 0,
  'docker-desktop': 0,
  colima: 0,
  orbstack: 0,
  'rancher-desktop': 0,
  podman: 0,
  'rootless-podman': 0,
  'podman-machine': 0,
  remote: 0,
  custom: 0,
} satisfies Record<Flavor, 0>) as Flavor[];

const platforms: NodeJS.Platform[] = ['linux', 'darwin', 'win32'];

const targets: EngineTarget[] = [
  {
    endpoint: {
      source: 'socket',
      label: 'Docker Engine',
      url: 'unix:///var/run/docker.sock',
      publishedHost: 'localhost',
    },
    flavor: 'docker',
    transport: { kind: 'unix', path: '/var/run/docker.sock' },
  },
  {
    endpoint: {
      source: 'socket',
      label: 'Docker Desktop',
      url: 'npipe:////./pipe/docker_engine',
      publishedHost: 'localhost',
    },
    flavor: 'docker-desktop',
    transport: { kind: 'npipe', path: '//./pipe/docker_engine' },
  },
  {
    endpoint: { source: 'DOCKER_HOST', label: 'DOCKER_HOST', url: 'tcp://build:2376', publishedHost: 'build' },
    flavor: 'remote',
    transport: { kind: 'tcp', host: 'build', port: 2376 },
  },
  {
    endpoint: { source: 'context', label: 'context lab', url: 'ssh://ann@lab', publishedHost: 'lab' },
    flavor: 'remote',
    transport: { kind: 'ssh', host: 'lab', port: 22, auth: { username: 'ann' } },
  },
];

function expectIndonesian(text: Text): void {
  expect(text.id.trim()).not.toBe('');
  expect(text.id).not.toBe(text.en);
  expect(text.id).not.toMatch(/undefined|\[object Object\]/);
}

describe('a failed probe, in Indonesian', () => {
  for (const platform of platforms) {
    const ctx = resolveOptions({ platform, env: {}, home: '/home/ann' });
    it.each(reasons)(`on ${platform}: %s, at every kind of place`, (reason) => {
      for (const target of targets) {
        const failure = failureFor({ code: 'ENGINE_NOT_RUNNING', reason, detail: 'ECONNREFUSED' }, target, ctx);
        expectIndonesian(failure.messageText);
        expectIndonesian(failure.fixText);
        expect(failure.message).toBe(failure.messageText.en);
        expect(failure.fix).toBe(failure.fixText.en);
      }
    });
  }

  it.each(flavors)('how to start %s, on every OS', (flavor) => {
    for (const platform of platforms) expectIndonesian(startFix(flavor, platform));
  });

  it.each(platforms)('what to install on %s', (platform) => expectIndonesian(installFix(platform)));
});

describe('the whole report, in Indonesian', () => {
  const ctx = resolveOptions({ platform: 'linux', env: {}, home: '/home/ann' });
  const probe = (
    target: EngineTarget,
    reason: Reason,
    code: 'ENGINE_NOT_FOUND' | 'ENGINE_NOT_RUNNING',
  ): ProbeResult => ({
    endpoint: target.endpoint,
    ok: false,
    ms: 1,
    failure: failureFor({ code, reason, detail: 'ENOENT' }, target, ctx),
  });
  const [socket, , host] = targets as [EngineTarget, EngineTarget, EngineTarget];

  it('when nothing is installed', () => {
    const report: DiscoveryReport = { probes: [probe(socket, 'missing', 'ENGINE_NOT_FOUND')] };
    const text = describeReport(report, 'linux');
    expectIndonesian(text);
    expect(text.id).toContain('Tidak ada container engine yang menjawab.');
    expect(text.id).toContain('Sepertinya belum ada engine yang terpasang');
  });

  it('when DOCKER_HOST points at an engine that does not answer', () => {
    const report: DiscoveryReport = {
      probes: [probe(host, 'refused', 'ENGINE_NOT_RUNNING'), probe(socket, 'missing', 'ENGINE_NOT_FOUND')],
    };
    const text = describeReport(report, 'linux');
    expectIndonesian(text);
    expect(text.id).toContain('Juga diperiksa, tetapi tidak dipakai selama DOCKER_HOST diatur');
    expect(text.en).toContain('Also checked, but not used while DOCKER_HOST is set');
  });
});
