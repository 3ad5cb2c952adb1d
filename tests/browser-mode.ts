/** Starts browser mode (`node out/main/web.js`) as a real process and reads the URL it prints (e2e and faults tests). */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface RunningApp {
  url: string;
  process: ChildProcess;
  /** What the process printed so far (its last 64 KB): a failed test shows it. */
  output(): string;
  stop(): Promise<void>;
}

const repoRoot = resolve(__dirname, '..');

export function startBrowserMode(env: NodeJS.ProcessEnv = {}): Promise<RunningApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ct-e2e-data-'));
  const child = spawn(process.execPath, ['out/main/web.js'], {
    cwd: repoRoot,
    env: { ...process.env, CONTAINER_TALK_DATA: dataDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-65_536);
  };
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`browser mode did not start within 30 s:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      keep(chunk);
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(output);
      if (!match?.[1]) return;
      clearTimeout(timer);
      child.stdout?.off('data', onData).on('data', keep);
      resolvePromise({
        url: match[1],
        process: child,
        output: () => output,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', keep);
    child.once('exit', (code) => reject(new Error(`browser mode exited with ${code}:\n${output}`)));
  });
}
