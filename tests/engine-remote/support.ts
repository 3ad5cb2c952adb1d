/**
 * Shared by the remote-engine tests: the private engine reached the way a remote one is (ssh through
 * tests/kit/remote.sh, tcp+TLS through engine.sh's listener), throwaway homes, an ssh-agent, lesson runs.
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Engine } from '../../src/main/engine/engine';
import { docker, lesson, privateDockerHost, repoRoot } from '../engine/support';

export { docker, lesson, privateDockerHost, repoRoot };
export const run = promisify(execFile);

/** The `export NAME=value` lines of `bash tests/kit/<script> env [args]`: the kit says where its endpoints are. */
export async function kitEnv(script: 'engine.sh' | 'remote.sh', ...args: string[]): Promise<Record<string, string>> {
  const { stdout } = await run('bash', [`tests/kit/${script}`, 'env', ...args], { cwd: repoRoot });
  return Object.fromEntries([...stdout.matchAll(/^export (\w+)=(.*)$/gm)].map((m) => [m[1], m[2]]));
}

/** Fails early (with what to run) when the kit's sshd is not up; the engine itself is checked by privateDockerHost. */
export async function needRemoteKit(): Promise<void> {
  privateDockerHost();
  await run('bash', ['tests/kit/remote.sh', 'status'], { cwd: repoRoot }).catch(() => {
    throw new Error('the kit sshd is not running: bash tests/kit/remote.sh start');
  });
}

export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'ct-remote-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** An ssh-agent of our own holding `key`, as a learner who ran `ssh-add` has. */
export async function startAgent(dir: string, key: string): Promise<{ socket: string; stop: () => void }> {
  const socket = join(dir, 'agent.sock');
  const agent = spawn('ssh-agent', ['-D', '-a', socket], { stdio: 'ignore' });
  const stop = () => agent.kill();
  for (let i = 0; i < 50 && !existsSync(socket); i++) await new Promise((r) => setTimeout(r, 100));
  await run('ssh-add', ['-q', key], { env: { ...process.env, SSH_AUTH_SOCK: socket } }).catch((error) => {
    stop();
    throw error;
  });
  return { socket, stop };
}

export { commands, failures, runSteps } from '../lesson-runs';

/** Proof that an engine is the private one: its default bridge network has the same id as over the unix socket. */
export async function bridgeIds(engine: Engine): Promise<[string | undefined, string]> {
  return [(await engine.findNetwork('bridge'))?.id, await docker('network', 'inspect', '-f', '{{.Id}}', 'bridge')];
}
