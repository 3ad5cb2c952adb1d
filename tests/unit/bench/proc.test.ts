import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { schedOf } from '../../../bench/lib/proc';

describe('schedOf', () => {
  it("reads a process's main thread's CPU time in ms, and zeros once it is gone", async () => {
    // Spins on its main thread until the process has used 400 ms of CPU (however busy the machine), says so,
    // then idles until killed.
    const spin = 'while (process.cpuUsage().user + process.cpuUsage().system < 400_000);';
    const child = spawn(process.execPath, ['-e', `${spin} console.log("spun"); setInterval(() => {}, 1000);`]);
    await once(child.stdout, 'data');
    const { onCpuMs, waitingMs } = schedOf(child.pid as number);
    expect(onCpuMs).toBeGreaterThanOrEqual(250);
    expect(onCpuMs).toBeLessThan(5_000);
    expect(waitingMs).toBeGreaterThanOrEqual(0);
    child.kill();
    await once(child, 'exit');
    expect(schedOf(child.pid as number)).toEqual({ onCpuMs: 0, waitingMs: 0 });
  });
});
