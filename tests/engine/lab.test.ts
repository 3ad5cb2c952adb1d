// The headless runner as a teacher or CI uses it: a real process, DOCKER_HOST honoured, JSON lines,
// exit status that follows the checks.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docker, privateDockerHost, removeQuietly, repoRoot, resetAll, testEngine } from './support';

const run = promisify(execFile);

async function lab(args: string[], env: NodeJS.ProcessEnv = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['scripts/lab.mjs', ...args], {
      cwd: repoRoot,
      env: { ...process.env, NO_COLOR: '1', ...env },
      maxBuffer: 16 << 20,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(async () => resetAll(await testEngine()));
afterAll(async () => {
  await resetAll(await testEngine());
  await removeQuietly('container', 'redis-server');
});

describe('npm run lab', () => {
  it('doctor reports the engine DOCKER_HOST names', async () => {
    const { code, stdout } = await lab(['doctor']);
    expect(code).toBe(0);
    expect(stdout).toContain(`Using DOCKER_HOST (${privateDockerHost()})`);
    expect(stdout).toMatch(/Docker Engine \d+\.\d+/);
  });

  it('doctor explains a DOCKER_HOST where nothing listens, and fails', async () => {
    const { code, stdout } = await lab(['doctor'], {
      DOCKER_HOST: `unix://${repoRoot}/.test-engine/nothing-here.sock`,
    });
    expect(code).toBe(1);
    expect(stdout).toContain('nothing-here.sock');
    expect(stdout).toMatch(/ENGINE_NOT_FOUND/);
  });

  it('lists both lessons with their commands', async () => {
    const { code, stdout } = await lab(['list']);
    expect(code).toBe(0);
    expect(stdout).toContain('docker run -d --name redis-server redis');
    expect(stdout).toContain('docker network disconnect frontend-network redis');
  });

  it('runs a lesson step by step as JSON lines, one per action', async () => {
    const first = await lab(['run', 'links', '--step', '1', '--json']);
    expect(first.code).toBe(0);
    const second = await lab(['run', 'links', '--step', '2', '--json']);
    expect(second.code).toBe(0);
    const lines = second.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((l) => l.command)).toEqual([
      'docker run --link redis-server:redis alpine env',
      'docker run --link redis-server:redis alpine cat /etc/hosts',
      'docker run --link redis-server:redis alpine ping -c 1 redis',
    ]);
    for (const line of lines) {
      expect(Object.keys(line)).toEqual(
        expect.arrayContaining(['lesson', 'step', 'command', 'exitCode', 'output', 'checks']),
      );
      expect(line).toMatchObject({ lesson: 'links', step: 'create-link', exitCode: 0 });
      expect(line.checks.every((c: { ok: boolean }) => c.ok)).toBe(true);
    }
    expect(lines[0].output).toMatch(/^REDIS_PORT_6379_TCP_ADDR=/m);
  });

  it('exits non-zero when a step cannot pass', async () => {
    await resetAll(await testEngine());
    await docker('run', '-d', '--name', 'redis-server', 'redis');
    const { code, stdout } = await lab(['run', 'links', '--step', '1']);
    expect(code).toBe(1);
    expect(stdout).toContain('A container named "redis-server" already exists');
    await removeQuietly('container', 'redis-server');
  });

  it('refuses unknown lessons and options with usage', async () => {
    expect((await lab(['run', 'nope'])).stderr).toContain('no lesson "nope"');
    const bad = await lab(['run', 'links', '--stepp', '1']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown option --stepp');
  });
});
