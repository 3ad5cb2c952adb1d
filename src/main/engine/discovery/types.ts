/** Internal types of engine discovery: how to reach a candidate, and what the discovery may touch. */

import { readFileSync, realpathSync } from 'node:fs';
import { homedir } from 'node:os';
import type { EngineEndpoint, ProbeFailure } from '@shared/engine';
import type { Text } from '@shared/lesson';

export interface TlsMaterial {
  ca?: Buffer;
  cert?: Buffer;
  key?: Buffer;
  /** Verify the server's certificate (DOCKER_TLS_VERIFY, or a context without SkipTLSVerify). */
  verify: boolean;
}

export interface SshAuth {
  username: string;
  /** ssh-agent socket (SSH_AUTH_SOCK) or Windows OpenSSH agent pipe. */
  agent?: string;
  /** First unencrypted default key in ~/.ssh, if any. */
  privateKey?: Buffer;
}

export type Transport =
  | { kind: 'unix'; path: string }
  | { kind: 'npipe'; path: string }
  | { kind: 'tcp'; host: string; port: number; tls?: TlsMaterial }
  | { kind: 'ssh'; host: string; port: number; auth: SshAuth };

/** Which product a candidate belongs to: it picks the fix text. */
export type Flavor =
  | 'docker'
  | 'rootless-docker'
  | 'docker-desktop'
  | 'colima'
  | 'orbstack'
  | 'rancher-desktop'
  | 'podman'
  | 'rootless-podman'
  | 'podman-machine'
  | 'remote'
  | 'custom';

/** A place an engine may answer: either reachable through a transport, or already known to be misconfigured. */
export type Candidate =
  | { endpoint: EngineEndpoint; flavor: Flavor; transport: Transport; configError?: undefined }
  | { endpoint: EngineEndpoint; flavor: Flavor; transport?: undefined; configError: ProbeFailure };

/** A candidate that can be dialled. */
export type EngineTarget = { endpoint: EngineEndpoint; flavor: Flavor; transport: Transport };

/** The only file access discovery needs; injectable so tests stay hermetic. */
export interface DiscoveryFs {
  /** File contents, or undefined when it cannot be read. */
  readFile(path: string): Buffer | undefined;
  /** Resolved path (symlinks followed), or undefined when it does not exist. */
  realpath(path: string): string | undefined;
}

export interface DiscoveryOptions {
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  home?: string;
  /** Ping timeout for local sockets, pipes and tcp (default 1500 ms). */
  timeoutMs?: number;
  /** Ping timeout for ssh:// engines, which need a handshake and a remote command (default 8000 ms). */
  sshTimeoutMs?: number;
  fs?: DiscoveryFs;
  /** Prefix for the system-wide socket paths (/var/run/docker.sock, /run/podman/...): tests point it at a temp dir. */
  systemRoot?: string;
}

export interface DiscoveryContext {
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  home: string;
  timeoutMs: number;
  sshTimeoutMs: number;
  fs: DiscoveryFs;
  systemRoot: string;
}

export const DEFAULT_TIMEOUT_MS = 1500;
export const DEFAULT_SSH_TIMEOUT_MS = 8000;

export const nodeFs: DiscoveryFs = {
  readFile(path) {
    try {
      return readFileSync(path);
    } catch {
      return undefined;
    }
  },
  realpath(path) {
    try {
      return realpathSync(path);
    } catch {
      return undefined;
    }
  },
};

export function resolveOptions(opts: DiscoveryOptions = {}): DiscoveryContext {
  return {
    env: opts.env ?? process.env,
    platform: opts.platform ?? process.platform,
    home: opts.home ?? homedir(),
    timeoutMs: opts.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    sshTimeoutMs: opts.sshTimeoutMs ?? Math.max(DEFAULT_SSH_TIMEOUT_MS, opts.timeoutMs ?? 0),
    fs: opts.fs ?? nodeFs,
    systemRoot: opts.systemRoot ?? '/',
  };
}

export function badConfig(messageText: Text, fixText: Text): ProbeFailure {
  return { code: 'BAD_CONFIG', message: messageText.en, fix: fixText.en, messageText, fixText };
}
