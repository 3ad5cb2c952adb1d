/** The sockets and pipes where engines listen by default, per OS, in the order we try them. */
import { join } from 'node:path';
import type { Candidate, DiscoveryContext, Flavor } from './types';

interface KnownSocket {
  path: string;
  label: string;
  flavor: Flavor;
}

export function knownSockets(ctx: DiscoveryContext): Candidate[] {
  const list =
    ctx.platform === 'win32' ? windowsPipes() : ctx.platform === 'darwin' ? macSockets(ctx) : linuxSockets(ctx);
  return list.map((s) => {
    const kind = ctx.platform === 'win32' ? 'npipe' : 'unix';
    const url = `${kind}://${s.path}`;
    return {
      endpoint: { source: 'socket', label: s.label, url, publishedHost: 'localhost' },
      flavor: s.flavor,
      transport: { kind, path: s.path },
    };
  });
}

function linuxSockets(ctx: DiscoveryContext): KnownSocket[] {
  const runtime = ctx.env.XDG_RUNTIME_DIR;
  const root = (p: string): string => join(ctx.systemRoot, p);
  const list: (KnownSocket | undefined)[] = [
    { path: root('/var/run/docker.sock'), label: 'Docker Engine', flavor: 'docker' },
    runtime ? { path: join(runtime, 'docker.sock'), label: 'rootless Docker', flavor: 'rootless-docker' } : undefined,
    { path: join(ctx.home, '.docker/desktop/docker.sock'), label: 'Docker Desktop (Linux)', flavor: 'docker-desktop' },
    { path: root('/run/podman/podman.sock'), label: 'Podman (rootful)', flavor: 'podman' },
    runtime
      ? { path: join(runtime, 'podman/podman.sock'), label: 'rootless Podman', flavor: 'rootless-podman' }
      : undefined,
  ];
  return list.filter((s): s is KnownSocket => s !== undefined);
}

function macSockets(ctx: DiscoveryContext): KnownSocket[] {
  const home = (p: string): string => join(ctx.home, p);
  const machine = home('.local/share/containers/podman/machine');
  return [
    { path: join(ctx.systemRoot, '/var/run/docker.sock'), label: 'default socket', flavor: 'docker-desktop' },
    { path: home('.docker/run/docker.sock'), label: 'Docker Desktop (macOS)', flavor: 'docker-desktop' },
    { path: home('.colima/default/docker.sock'), label: 'Colima', flavor: 'colima' },
    { path: home('.config/colima/default/docker.sock'), label: 'Colima', flavor: 'colima' },
    { path: home('.orbstack/run/docker.sock'), label: 'OrbStack', flavor: 'orbstack' },
    { path: home('.rd/docker.sock'), label: 'Rancher Desktop', flavor: 'rancher-desktop' },
    { path: join(machine, 'podman.sock'), label: 'Podman machine', flavor: 'podman-machine' },
    { path: join(machine, 'qemu/podman.sock'), label: 'Podman machine (qemu)', flavor: 'podman-machine' },
  ];
}

function windowsPipes(): KnownSocket[] {
  return [
    { path: '//./pipe/docker_engine', label: 'Docker Desktop (docker_engine pipe)', flavor: 'docker-desktop' },
    {
      path: '//./pipe/dockerDesktopLinuxEngine',
      label: 'Docker Desktop (Linux engine pipe)',
      flavor: 'docker-desktop',
    },
    { path: '//./pipe/podman-machine-default', label: 'Podman machine', flavor: 'podman-machine' },
  ];
}

/** Best guess of the product behind an address someone configured (DOCKER_HOST or a context). */
export function guessFlavor(url: string): Flavor {
  if (/^(tcp|ssh):/.test(url)) return 'remote';
  const rules: [RegExp, Flavor][] = [
    [/colima/i, 'colima'],
    [/orbstack/i, 'orbstack'],
    [/\/\.rd\//, 'rancher-desktop'],
    [/podman\/machine|podman-machine/i, 'podman-machine'],
    [/^unix:\/\/\/run\/podman\//, 'podman'],
    [/podman/i, 'rootless-podman'],
    [/\.docker\/(run|desktop)\/|dockerDesktop/i, 'docker-desktop'],
    [/^unix:\/\/\/run\/user\/\d+\/docker\.sock$/, 'rootless-docker'],
    [/^unix:\/\/\/(var\/)?run\/docker\.sock$|pipe\/docker_engine$/, 'docker'],
  ];
  return rules.find(([re]) => re.test(url))?.[1] ?? 'custom';
}
