// The kit's table of programs and packages (tests/kit/lib.sh): a mapping is checked against what the
// package really installs, so a program that happens to be on the machine cannot hide a wrong one.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kitTool } from '../../kit/tools';

const lib = resolve(__dirname, '../../kit/lib.sh');

/** Runs tool_path CMD with the table entry CMD=ENTRY put in first. */
function toolPathWith(command: string, entry: string) {
  const script = `source "$1"; KIT_TOOLS[$2]=$3; tool_path "$2"`;
  const run = spawnSync('bash', ['-c', script, 'bash', lib, command, entry], { encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout.trim(), stderr: run.stderr.trim() };
}

describe("the kit's tools", () => {
  it('runs redis-server from redis-tools, where Debian ships it as redis-check-rdb', () => {
    expect(kitTool('redis-server')).toMatch(/\/bin\/redis-check-rdb$/);
    expect(kitTool('redis-cli')).toMatch(/\/bin\/redis-cli$/);
  });

  it('fails loudly, naming the package and the command, when a package does not provide the command', () => {
    // The mistake of issue 7: redis-tools has no redis-server, whatever is on PATH.
    const redis = toolPathWith('redis-server', 'redis-tools');
    expect(redis.status).not.toBe(0);
    expect(redis.stderr).toContain("maps 'redis-server' to the Debian package redis-tools");
    // bash is on PATH, but not from coreutils: being present must not make the mapping right.
    const bash = toolPathWith('bash', 'coreutils');
    expect(bash.status).not.toBe(0);
    expect(bash.stderr).toContain(
      "maps 'bash' to the Debian package coreutils, but coreutils provides no program 'bash'",
    );
  });

  it('finds programs under their own name, under another name, and behind update-alternatives', () => {
    expect(toolPathWith('bash', 'bash')).toMatchObject({ status: 0, stdout: expect.stringMatching(/\/bin\/bash$/) });
    expect(toolPathWith('redis-server', 'redis-tools:redis-check-rdb').stdout).toBe(kitTool('redis-server'));
    // /usr/bin/awk is an alternative whose target mawk installs.
    expect(toolPathWith('awk', 'mawk')).toMatchObject({ status: 0, stdout: '/usr/bin/awk' });
    expect(toolPathWith('awk', 'coreutils').status).not.toBe(0);
  });

  it('refuses a command that is not in the table', () => {
    expect(() => kitTool('no-such-tool')).toThrow("'no-such-tool' is not in the kit's table of tools");
  });
});
