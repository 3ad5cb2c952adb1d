// The process guard reports stray errors with their stacks and keeps the process alive; Ctrl+C
// (SIGINT) still ends it. Without the guard the same child dies at the first error.
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { strayErrorPrefix } from '../../../src/main/process-guard';

interface Child {
  process: ChildProcess;
  stdout: string;
  stderr: string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function startChild(guard: 'on' | 'off'): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'stray-error-child.ts')], {
    env: { ...process.env, CT_GUARD: guard },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const state: Child = {
    process: child,
    stdout: '',
    stderr: '',
    exited: new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal }))),
  };
  child.stdout?.on('data', (chunk: Buffer) => (state.stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (state.stderr += chunk.toString()));
  return state;
}

async function until(condition: () => boolean, what: string, ms = 20_000): Promise<void> {
  for (const start = Date.now(); !condition(); await new Promise((r) => setTimeout(r, 20))) {
    if (Date.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
  }
}

describe('process guard', () => {
  it('reports each stray error with its stack and stays alive; SIGINT still stops it', async () => {
    const child = startChild('on');
    try {
      await until(() => child.stdout.includes('still alive') || child.process.exitCode !== null, 'the child');
      expect(child.stdout).toContain('still alive');
      expect(child.process.exitCode).toBeNull();
      const reports = child.stderr.split('\n').filter((line) => line.startsWith(strayErrorPrefix));
      expect(reports).toHaveLength(3);
      expect(child.stderr).toContain('(uncaught exception), the app carries on: Error: thrown in a timer');
      expect(child.stderr).toContain(
        '(unhandled rejection), the app carries on: Error: rejected, and nobody awaited it',
      );
      expect(child.stderr).toMatch(/getaddrinfo EAI_AGAIN 127\.0\.0\.1:18999[\s\S]*code: 'EAI_AGAIN'/);
      expect(child.stderr).toMatch(/\n\s+at .*stray-error-child\.ts:\d+/);
      child.process.kill('SIGINT');
      expect(await child.exited).toEqual({ code: null, signal: 'SIGINT' });
    } finally {
      child.process.kill('SIGKILL');
    }
  });

  it('is what keeps it alive: without it the first stray error ends the process', async () => {
    const child = startChild('off');
    expect((await child.exited).code).toBe(1);
    expect(child.stdout).not.toContain('still alive');
    expect(child.stderr).toContain('thrown in a timer');
    expect(child.stderr).not.toContain(strayErrorPrefix);
  });
});
