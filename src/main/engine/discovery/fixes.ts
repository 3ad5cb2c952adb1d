/** What to do about a failed probe: per reason, per product (flavor) and per OS. */
import type { Reason } from './classify';
import type { DiscoveryContext, EngineTarget, Flavor } from './types';

type Platform = NodeJS.Platform;

const DOCKER_DESKTOP_RUNNING = 'wait until it shows "Engine running"';

export function startFix(flavor: Flavor, platform: Platform): string {
  switch (flavor) {
    case 'docker':
      if (platform === 'linux') {
        return 'Start the Docker daemon: `sudo systemctl start docker` (`sudo systemctl enable --now docker` starts it at every boot).';
      }
      return startFix('docker-desktop', platform);
    case 'rootless-docker':
      return 'Start rootless Docker: `systemctl --user start docker` (set it up once with `dockerd-rootless-setuptool.sh install`).';
    case 'docker-desktop':
      if (platform === 'linux')
        return 'Start Docker Desktop: `systemctl --user start docker-desktop`, or open it from your applications menu.';
      if (platform === 'win32') return `Start Docker Desktop from the Start menu and ${DOCKER_DESKTOP_RUNNING}.`;
      return `Open Docker Desktop (in Applications) and ${DOCKER_DESKTOP_RUNNING}; with Colima run \`colima start\`, with OrbStack open OrbStack.`;
    case 'colima':
      return 'Start Colima: `colima start`.';
    case 'orbstack':
      return 'Open OrbStack (or run `orb start`).';
    case 'rancher-desktop':
      return 'Open Rancher Desktop and choose the dockerd (moby) engine in Preferences → Container Engine.';
    case 'podman':
      return 'Start the rootful Podman socket: `sudo systemctl enable --now podman.socket`.';
    case 'rootless-podman':
      return 'Start the Podman socket: `systemctl --user enable --now podman.socket`.';
    case 'podman-machine':
      return 'Start the Podman machine: `podman machine start` (create it once with `podman machine init`).';
    case 'remote':
      return 'Start the engine on the remote host.';
    case 'custom':
      return 'Start the engine that should listen there.';
  }
}

export function deniedFix(flavor: Flavor, platform: Platform, path: string): string {
  if (platform === 'win32') {
    return 'Run Docker Desktop, and make sure your Windows account is in the "docker-users" group (as administrator: `net localgroup docker-users %USERNAME% /add`), then sign out and back in.';
  }
  if (platform === 'darwin') {
    return `Check who owns ${path} (\`ls -l ${path}\`); restarting Docker Desktop, Colima or OrbStack recreates it for your user.`;
  }
  if (flavor === 'podman') {
    return 'The rootful Podman socket is for root only: use rootless Podman instead (`systemctl --user enable --now podman.socket`).';
  }
  if (flavor === 'rootless-docker' || flavor === 'rootless-podman' || flavor === 'docker-desktop') {
    return `${path} belongs to another user: run this app as the user who started the engine.`;
  }
  return 'Add yourself to the docker group: `sudo usermod -aG docker $USER`, then log out and back in (or run `newgrp docker`). That group is root-equivalent; rootless Docker avoids it (`dockerd-rootless-setuptool.sh install`).';
}

/** Hint appended when every candidate is simply missing: nothing is installed, or nothing has ever started. */
export function installFix(platform: Platform): string {
  if (platform === 'win32')
    return 'No engine seems installed: install Docker Desktop (or Podman Desktop) and start it.';
  if (platform === 'darwin')
    return 'No engine seems installed: install Docker Desktop, Colima, OrbStack or Podman Desktop and start it.';
  return 'No engine seems installed: install Docker Engine (https://docs.docker.com/engine/install/) or Podman, then start it.';
}

export function fixFor(reason: Reason, target: EngineTarget, ctx: DiscoveryContext): string {
  const t = target.transport;
  const start = startFix(target.flavor, ctx.platform);
  const host = t.kind === 'tcp' || t.kind === 'ssh' ? t.host : 'localhost';
  const port = t.kind === 'tcp' || t.kind === 'ssh' ? t.port : 0;
  const user = t.kind === 'ssh' ? t.auth.username : '';
  const ssh = `ssh ${port && port !== 22 ? `-p ${port} ` : ''}${user}@${host}`;
  const setting = target.endpoint.source === 'socket' ? '' : target.endpoint.label;
  switch (reason) {
    case 'missing':
      return setting
        ? `${setting} points at ${target.endpoint.url}, which does not exist: correct it or stop using it. ${start}`
        : start;
    case 'refused':
      if (t.kind === 'tcp')
        return `Start the Docker daemon on ${host} listening on tcp port ${port} (2375 plain, 2376 with TLS), or correct the port.`;
      return start;
    case 'timeout':
      return `It may still be starting: wait a moment and retry. If it stays stuck, restart it. ${start}`;
    case 'denied':
      return deniedFix(
        target.flavor,
        ctx.platform,
        t.kind === 'unix' || t.kind === 'npipe' ? t.path : target.endpoint.url,
      );
    case 'dns':
      return `Check the host name ${host} in ${setting || 'the address'} and your network or VPN.`;
    case 'connect-timeout':
    case 'network':
      return `Check that ${host} is up and reachable from here (network, VPN, firewall) and that port ${port} is open.`;
    case 'tls':
      return `Check the certificates: ca.pem must be the CA that signed the engine's certificate for ${host}, and cert.pem/key.pem a client pair it trusts (${certPlace(target)}).`;
    case 'tls-needed':
      return 'The engine requires TLS: set DOCKER_TLS_VERIFY=1 and DOCKER_CERT_PATH to the folder with ca.pem, cert.pem and key.pem.';
    case 'tls-unexpected':
      return "The engine does not use TLS there: unset DOCKER_TLS_VERIFY and DOCKER_TLS, or use the engine's TLS port (usually 2376).";
    case 'ssh-auth':
      return `Check that \`${ssh}\` works without a password prompt: load your key with \`ssh-add\` and make sure SSH_AUTH_SOCK is set where this app starts (unencrypted ~/.ssh/id_ed25519, id_ecdsa or id_rsa are tried too).`;
    case 'ssh-remote':
      return `Run \`${ssh} docker version\`: Docker must be installed and running there, and ${user} allowed to use it (in the docker group).`;
    case 'not-engine':
      return `Check that ${target.endpoint.url} is really a Docker or Podman engine; a proxy in between must forward the Engine API.`;
    case 'other':
      return start;
  }
}

function certPlace(target: EngineTarget): string {
  if (target.endpoint.source === 'context')
    return `see \`docker context inspect ${target.endpoint.label.replace(/^context /, '')}\``;
  return 'DOCKER_CERT_PATH, default ~/.docker';
}
