/**
 * The docker CLI against the private engine (DOCKER_HOST, set by bench/run.ts). What the bench itself
 * creates carries BENCH_LABEL and is removed by cleanup(); nothing else is touched.
 */
import { execFileAsync } from './proc';

export const BENCH_LABEL = 'container-talk-bench=1';
/** The app's own label (src/main/lessons/safety/labels.ts): the logs panel follows containers that carry it. */
export const APP_LABEL = 'container-talk.app=container-talk';

export async function docker(...args: string[]): Promise<string> {
  const { stdout } = await execFileAsync('docker', args, { maxBuffer: 64 * 1024 * 1024 });
  return stdout.trim();
}

/** Runs `tasks` at most `width` at a time. */
export async function inBatches<T>(items: readonly T[], width: number, task: (item: T) => Promise<unknown>) {
  for (let i = 0; i < items.length; i += width) await Promise.all(items.slice(i, i + width).map(task));
}

export async function cleanup(): Promise<void> {
  const containers = (await docker('ps', '-aq', '--filter', `label=${BENCH_LABEL}`)).split('\n').filter(Boolean);
  if (containers.length) await docker('rm', '-f', ...containers);
  const networks = (await docker('network', 'ls', '-q', '--filter', `label=${BENCH_LABEL}`))
    .split('\n')
    .filter(Boolean);
  if (networks.length) await docker('network', 'rm', ...networks);
}

export async function engineVersion(): Promise<string> {
  return docker('version', '--format', '{{.Server.Version}}');
}
