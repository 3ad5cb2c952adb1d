/**
 * Shared by the Podman tests: the private Podman service that tests/kit/podman.sh starts (never a
 * system Podman), and podman's own CLI as a remote client of it, to compare the app's view with.
 */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { openEngine } from '../../src/main/engine/engine';

const run = promisify(execFile);
const privateSocket = `unix://${resolve(__dirname, '../..')}/.test-engine/podman/podman.sock`;

/** Refuses to run against anything but the private Podman. */
export function privatePodmanHost(): string {
  const host = process.env.DOCKER_HOST;
  if (host !== privateSocket) {
    throw new Error(
      `Podman tests run only against the private Podman of tests/kit/podman.sh: DOCKER_HOST=${privateSocket} (got ${host ?? 'unset'})`,
    );
  }
  return host;
}

export async function podmanEngine() {
  privatePodmanHost();
  const engine = await openEngine();
  if (!engine.isPodman) throw new Error(`expected Podman at ${privateSocket}, found ${engine.identity.product}`);
  return engine;
}

/** The podman CLI, through the private service's own (libpod) API. */
export async function podman(...args: string[]): Promise<string> {
  const { stdout } = await run('podman', ['--remote', '--url', privatePodmanHost(), ...args], { maxBuffer: 16 << 20 });
  return stdout.trim();
}
