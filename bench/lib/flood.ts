/**
 * A log flood: one container writes `lines` lines (a first marker, numbers, an end marker) and exits.
 * With the app's label the logs panel follows it; the reference reads it with `docker logs -f`.
 */
import { randomBytes } from 'node:crypto';
import type { Page } from '@playwright/test';
import { APP_LABEL, BENCH_LABEL, docker } from './docker';
import { now, spawnUntil, stopProcess, wallClock } from './proc';
import { armedStamp, armStamp } from './stamp';

export interface Flood {
  first: string;
  end: string;
  lines: number;
}

export function newFlood(lines: number): Flood {
  const nonce = randomBytes(4).toString('hex');
  return { first: `FIRST-${nonce}`, end: `END-${nonce}`, lines };
}

/** `docker run -d` of the flood; resolves with the container's id. */
export function startFlood(flood: Flood, forApp: boolean): Promise<string> {
  const labels = ['--label', BENCH_LABEL, ...(forApp ? ['--label', APP_LABEL] : [])];
  const script = `echo ${flood.first}; seq 1 ${flood.lines - 2}; echo ${flood.end}`;
  return docker('run', '-d', ...labels, '--name', `ctbench-flood-${flood.end.slice(4)}`, 'alpine', 'sh', '-c', script);
}

/** The reference: `docker run -d`, then `docker logs -f` until the end marker; ms from the run. */
export async function referenceFlood(lines: number): Promise<number> {
  const flood = newFlood(lines);
  const start = now();
  const id = await startFlood(flood, false);
  const until = (args: string[]) => spawnUntil('docker', args, new RegExp(flood.end), { timeoutMs: 120_000 });
  // Docker 20.10 can end the follow of a container that wrote fast and exited before its last line, with
  // status 0 (as the app's followLogs sees too): as the app does, read the rest once more.
  const follow = await until(['logs', '-f', id]).catch((error: Error) => {
    if (!/ exited with 0 before /.test(error.message)) throw error;
    return until(['logs', id]);
  });
  const elapsed = now() - start;
  await stopProcess(follow.child);
  await docker('rm', '-f', id);
  return elapsed;
}

export const FLOOD_TIMEOUT_MS = 120_000;

/**
 * Runs a flood for the app and resolves with the page's time its last line showed (undefined when it
 * did not show within the timeout), and the container.
 */
export async function appFlood(page: Page, flood: Flood) {
  await armStamp(page, { selector: '[data-testid="logs-panel"]', text: flood.end });
  const start = wallClock();
  const id = await startFlood(flood, true);
  const shown = await armedStamp(page, FLOOD_TIMEOUT_MS).catch((error: Error) => {
    if (error.name !== 'TimeoutError') throw error;
    return undefined;
  });
  return { id, start, shown };
}
