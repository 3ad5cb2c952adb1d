import { describe, expect, it } from 'vitest';
import { planCandidates } from '../../../../src/main/engine/discovery/candidates';
import { type DiscoveryFs, resolveOptions } from '../../../../src/main/engine/discovery/types';

/** No files at all: only the environment decides (hermetic). */
const emptyFs: DiscoveryFs = { readFile: () => undefined, realpath: () => undefined };

const plan = (platform: NodeJS.Platform, env: NodeJS.ProcessEnv = {}, fs: DiscoveryFs = emptyFs) =>
  planCandidates(resolveOptions({ env, platform, home: '/home/ann', fs }));
const urls = (p: ReturnType<typeof plan>) => p.sockets.map((c) => c.endpoint.url);

describe('known sockets per platform', () => {
  it('linux, with XDG_RUNTIME_DIR', () => {
    expect(urls(plan('linux', { XDG_RUNTIME_DIR: '/run/user/1000' }))).toEqual([
      'unix:///var/run/docker.sock',
      'unix:///run/user/1000/docker.sock',
      'unix:///home/ann/.docker/desktop/docker.sock',
      'unix:///run/podman/podman.sock',
      'unix:///run/user/1000/podman/podman.sock',
    ]);
  });

  it('linux without XDG_RUNTIME_DIR leaves the rootless sockets out', () => {
    expect(urls(plan('linux'))).toEqual([
      'unix:///var/run/docker.sock',
      'unix:///home/ann/.docker/desktop/docker.sock',
      'unix:///run/podman/podman.sock',
    ]);
  });

  it('macOS', () => {
    const p = plan('darwin');
    expect(urls(p)).toEqual([
      'unix:///var/run/docker.sock',
      'unix:///home/ann/.docker/run/docker.sock',
      'unix:///home/ann/.colima/default/docker.sock',
      'unix:///home/ann/.config/colima/default/docker.sock',
      'unix:///home/ann/.orbstack/run/docker.sock',
      'unix:///home/ann/.rd/docker.sock',
      'unix:///home/ann/.local/share/containers/podman/machine/podman.sock',
      'unix:///home/ann/.local/share/containers/podman/machine/qemu/podman.sock',
    ]);
    expect(p.sockets.map((c) => c.flavor)).toContain('orbstack');
    expect(p.sockets.every((c) => c.endpoint.publishedHost === 'localhost' && c.endpoint.source === 'socket')).toBe(
      true,
    );
  });

  it('windows named pipes', () => {
    const p = plan('win32');
    expect(urls(p)).toEqual([
      'npipe:////./pipe/docker_engine',
      'npipe:////./pipe/dockerDesktopLinuxEngine',
      'npipe:////./pipe/podman-machine-default',
    ]);
    expect(p.sockets[0]?.transport).toEqual({ kind: 'npipe', path: '//./pipe/docker_engine' });
  });
});

describe('deduplication', () => {
  it('drops the socket DOCKER_HOST already names', () => {
    const p = plan('linux', { DOCKER_HOST: 'unix:///var/run/docker.sock' });
    expect(p.primary?.endpoint.url).toBe('unix:///var/run/docker.sock');
    expect(urls(p)).not.toContain('unix:///var/run/docker.sock');
  });

  it('drops a windows pipe DOCKER_HOST names, whatever its spelling', () => {
    const p = plan('win32', { DOCKER_HOST: 'npipe:////./pipe/Docker_Engine' });
    expect(urls(p)).toEqual(['npipe:////./pipe/dockerDesktopLinuxEngine', 'npipe:////./pipe/podman-machine-default']);
  });

  it('treats symlinks to the same socket as one (macOS /var/run/docker.sock → ~/.docker/run/docker.sock)', () => {
    const links: Record<string, string> = {
      '/var/run/docker.sock': '/home/ann/.docker/run/docker.sock',
      '/home/ann/.docker/run/docker.sock': '/home/ann/.docker/run/docker.sock',
    };
    const fs: DiscoveryFs = { readFile: () => undefined, realpath: (p) => links[p] };
    const list = urls(plan('darwin', {}, fs));
    expect(list[0]).toBe('unix:///var/run/docker.sock');
    expect(list).not.toContain('unix:///home/ann/.docker/run/docker.sock');
  });

  it('DOCKER_HOST=unix:///run/docker.sock and /var/run/docker.sock (→ /run) are the same engine', () => {
    const fs: DiscoveryFs = { readFile: () => undefined, realpath: (p) => p.replace(/^\/var\/run\//, '/run/') };
    const p = plan('linux', { DOCKER_HOST: 'unix:///run/docker.sock' }, fs);
    expect(urls(p)).not.toContain('unix:///var/run/docker.sock');
  });
});
