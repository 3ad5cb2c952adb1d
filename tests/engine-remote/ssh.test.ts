// ssh:// engines for real: OpenSSH's sshd (tests/kit/remote.sh) runs `docker system dial-stdio` for us, and
// that docker talks to the private engine. The key reaches the app the ways a learner's does: from an
// ssh-agent, or as an unencrypted ~/.ssh/id_ed25519 in its home.
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverEngine } from '../../src/main/engine/connect';
import { type Engine, openEngine } from '../../src/main/engine/engine';
import { resetLesson } from '../../src/main/lessons/safety/reset';
import type { StepResult } from '../../src/shared/results';
import {
  bridgeIds,
  commands,
  docker,
  failures,
  kitEnv,
  needRemoteKit,
  repoRoot,
  run,
  runSteps,
  startAgent,
  tempDir,
} from './support';

const tmp = tempDir();
let host: string; // ssh://root@127.0.0.1:2222
let key: string;
let agent: Awaited<ReturnType<typeof startAgent>>;

/** A home of its own, so root's real ~/.ssh and ~/.docker never take part. */
function home(name: string, withKey?: string): string {
  const dir = join(tmp.dir, name);
  mkdirSync(join(dir, '.ssh'), { recursive: true });
  if (withKey) copyFileSync(withKey, join(dir, '.ssh', 'id_ed25519'));
  return dir;
}

beforeAll(async () => {
  await needRemoteKit();
  const env = await kitEnv('remote.sh');
  host = env.DOCKER_HOST ?? '';
  key = env.CTK_SSH_KEY ?? '';
  agent = await startAgent(tmp.dir, key);
});
afterAll(() => {
  agent?.stop();
  tmp.cleanup();
});

describe('DOCKER_HOST=ssh://root@127.0.0.1:2222, key in an ssh-agent', () => {
  let engine: Engine;
  let steps: StepResult[];
  beforeAll(async () => {
    engine = await openEngine({ env: { DOCKER_HOST: host, SSH_AUTH_SOCK: agent.socket }, home: home('agent') });
    await resetLesson(engine, 'networks');
    steps = await runSteps(engine, 'networks', 3);
  });
  afterAll(async () => {
    if (engine) await resetLesson(engine, 'networks');
  });

  it('identifies the private engine through ssh', async () => {
    expect(engine.endpoint).toEqual({
      source: 'DOCKER_HOST',
      label: 'DOCKER_HOST',
      url: host,
      publishedHost: '127.0.0.1',
    });
    expect(engine.identity.product).toBe('docker-engine');
    const [overSsh, overSocket] = await bridgeIds(engine);
    expect(overSsh).toBe(overSocket);
  });

  it('runs the networks lesson steps 1-3 with every check passing, the app reached on 127.0.0.1:3000', async () => {
    expect(failures(steps)).toEqual([]);
    expect(steps.map((s) => s.ok)).toEqual([true, true, true]);
    expect(commands(steps)).toContain('curl http://127.0.0.1:3000');
    const networks = await docker(
      'inspect',
      '-f',
      '{{range $k, $v := .NetworkSettings.Networks}}{{$k}} {{end}}',
      'redis',
    );
    expect(networks.trim().split(' ').sort()).toEqual(['backend-network', 'frontend-network']);
  });
});

describe('a Docker context made with `docker context create`, key in ~/.ssh', () => {
  const config = join(tmp.dir, 'docker-config');
  let engine: Engine;
  beforeAll(async () => {
    const env = { PATH: process.env.PATH, DOCKER_CONFIG: config }; // no DOCKER_HOST: it would override the context
    await run('docker', ['context', 'create', 'ct-remote', '--docker', `host=${host}`], { env });
    await run('docker', ['context', 'use', 'ct-remote'], { env });
  });
  afterAll(async () => {
    if (engine) await resetLesson(engine, 'networks');
  });

  it('is the engine discovery picks, and a lesson step runs on it', async () => {
    const options = { env: { DOCKER_CONFIG: config }, home: home('context', key) };
    const report = await discoverEngine(options);
    expect(report.chosen).toEqual({
      source: 'context',
      label: 'context ct-remote',
      url: host,
      publishedHost: '127.0.0.1',
    });
    expect(report.identity?.product).toBe('docker-engine');
    engine = await openEngine(options);
    await resetLesson(engine, 'networks');
    const steps = await runSteps(engine, 'networks', 1);
    expect(failures(steps)).toEqual([]);
    expect(await docker('network', 'inspect', '-f', '{{.Name}}', 'backend-network')).toBe('backend-network');
  });
});

describe('npm run lab -- doctor over ssh', () => {
  /** A real process with its own HOME, and no agent but the one given. */
  async function doctor(extra: NodeJS.ProcessEnv) {
    const { SSH_AUTH_SOCK: _developers, ...inherited } = process.env;
    const env = { ...inherited, NO_COLOR: '1', DOCKER_HOST: host, ...extra };
    return run(process.execPath, ['scripts/lab.mjs', 'doctor'], { cwd: repoRoot, env }).then(
      ({ stdout }) => ({ code: 0, stdout }),
      (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
    );
  }

  it('names the engine it uses', async () => {
    const { code, stdout } = await doctor({ HOME: home('doctor-ok'), SSH_AUTH_SOCK: agent.socket });
    expect(code).toBe(0);
    expect(stdout).toContain(`Using DOCKER_HOST (${host}): Docker Engine`);
  });

  it('explains an unauthorized key as an ssh authentication failure, and fails', async () => {
    const dir = home('doctor-stranger');
    await run('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', join(dir, '.ssh', 'id_ed25519')]);
    const { code, stdout } = await doctor({ HOME: dir });
    expect(code).toBe(1);
    expect(stdout).toMatch(/DOCKER_HOST +ssh:\/\/root@127\.0\.0\.1:\d+ +UNREACHABLE/);
    expect(stdout).toMatch(/ssh to root@127\.0\.0\.1:\d+ failed: no key was accepted/);
    expect(stdout).toContain('load your key with `ssh-add`');
  });
});
