/** Processes: a wall clock shared with the page, time to a line of output, and /proc memory and scheduling figures. */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';

export const execFileAsync = promisify(execFile);

/**
 * Milliseconds, sub-millisecond resolution, for intervals measured in this process: the wall clock at its start
 * plus a monotonic clock, so it does not follow a step of the wall clock (a VM resumed, the time set).
 */
export const now = () => performance.timeOrigin + performance.now();

/**
 * The wall clock as it reads now (epoch ms): what a stamp of another process is compared with, taken there with
 * Date.now() (the page) or the engine's own clock (events). `now()` can be off from it by a step of the wall
 * clock since this process started: one seen here was 55 s, and turned 3-second floods into 58-second ones.
 */
export const wallClock = () => Date.now();

export const MiB = 1024 * 1024;

export interface Started {
  child: ChildProcess;
  /** ms from spawn to the first output matching the pattern */
  elapsed: number;
  match: RegExpExecArray;
}

/** Spawns a command and resolves when its stdout or stderr matches `pattern` (rejects after `timeoutMs`). */
export function spawnUntil(
  command: string,
  args: string[],
  pattern: RegExp,
  options: { env?: NodeJS.ProcessEnv; cwd?: string; timeoutMs?: number } = {},
): Promise<Started> {
  const start = now();
  const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: 'pipe' });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new Error(`${command} ${args.join(' ')}: no ${pattern} within ${options.timeoutMs ?? 30_000} ms:\n${output}`),
      );
    }, options.timeoutMs ?? 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = pattern.exec(output);
      if (!match) return;
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.stderr?.off('data', onData);
      resolve({ child, elapsed: now() - start, match });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${command} ${args.join(' ')} exited with ${code} before ${pattern}:\n${output}`));
    });
  });
}

/** Runs a command to its end; resolves with the ms it took, rejects when it fails. */
export function timed(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const start = now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let errors = '';
    child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0
        ? resolve(now() - start)
        : reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${errors}`)),
    );
  });
}

/** SIGTERM, then SIGKILL when it has not exited within `graceMs`. */
export function stopProcess(child: ChildProcess, graceMs = 5000): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Resident memory of a process in bytes (VmRSS), 0 when it is gone. */
export function rssOf(pid: number): number {
  try {
    const line = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return line ? Number(line[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * A thread's time on a CPU and its time runnable but waiting for one, in ms (Linux's schedstat; the
 * main thread by default), zeros when it is gone. The wait is what stretches a short task on a busy machine.
 */
export function schedOf(pid: number, tid = pid): { onCpuMs: number; waitingMs: number } {
  try {
    const [onCpu, waiting] = readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ').map(Number);
    return { onCpuMs: (onCpu ?? 0) / 1e6, waitingMs: (waiting ?? 0) / 1e6 };
  } catch {
    return { onCpuMs: 0, waitingMs: 0 };
  }
}

function childrenOf(pid: number): number[] {
  const children: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (parent === pid) children.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return children;
}

/** Every process below `pid` whose command line contains `marker`. */
export function descendantsWith(pid: number, marker: string): number[] {
  const found: number[] = [];
  const queue = [pid];
  while (queue.length) {
    const next = queue.shift() as number;
    for (const child of childrenOf(next)) {
      queue.push(child);
      try {
        if (readFileSync(`/proc/${child}/cmdline`, 'utf8').includes(marker)) found.push(child);
      } catch {
        // gone meanwhile
      }
    }
  }
  return found;
}

/** Samples a process's RSS every `everyMs` until stopped; resolves with the highest value seen. */
export function sampleRss(pid: number, everyMs = 50): { stop(): number } {
  let peak = rssOf(pid);
  const timer = setInterval(() => {
    peak = Math.max(peak, rssOf(pid));
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, rssOf(pid));
    },
  };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
