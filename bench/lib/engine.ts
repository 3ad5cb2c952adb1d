/** The private test engine (tests/kit/engine.sh), started when DOCKER_HOST does not name one already. */
import { join } from 'node:path';
import { repoRoot } from './context';
import { execFileAsync } from './proc';

const kit = (script: string, ...args: string[]) =>
  execFileAsync('bash', [join(repoRoot, 'tests/kit', script), ...args], { cwd: repoRoot, maxBuffer: 64 * 1024 * 1024 });

export async function ensurePrivateEngine(log: (line: string) => void): Promise<void> {
  if (process.env.DOCKER_HOST) return log(`engine: DOCKER_HOST=${process.env.DOCKER_HOST}`);
  log('engine: starting the private test engine (tests/kit/engine.sh)');
  await kit('engine.sh', 'start');
  await kit('images.sh');
  const { stdout } = await kit('engine.sh', 'env');
  const host = /DOCKER_HOST=['"]?([^'"\s]+)/.exec(stdout)?.[1];
  if (!host) throw new Error(`tests/kit/engine.sh env printed no DOCKER_HOST:\n${stdout}`);
  process.env.DOCKER_HOST = host;
  log(`engine: DOCKER_HOST=${host}`);
}
