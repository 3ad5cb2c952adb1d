/**
 * Shared by the engine tests: the private test engine (never the developer's own Docker), the docker
 * CLI pointed at it, and the lessons.
 */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { type Engine, openEngine } from '../../src/main/engine/engine';
import { LessonRunner } from '../../src/main/lessons/runner';
import { resetLesson } from '../../src/main/lessons/safety/reset';

const run = promisify(execFile);
export const repoRoot = resolve(__dirname, '../..');
const privateSocket = `unix://${repoRoot}/.test-engine/docker.sock`;

/** Refuses to run against anything but the private engine that tests/kit/engine.sh starts. */
export function privateDockerHost(): string {
  const host = process.env.DOCKER_HOST;
  if (host !== privateSocket) {
    throw new Error(
      `engine tests run only against the private test engine: DOCKER_HOST=${privateSocket} (got ${host ?? 'unset'}); use npm test`,
    );
  }
  return host;
}

export async function testEngine() {
  privateDockerHost();
  return openEngine();
}

/** The real docker CLI, against the private engine. */
export async function docker(...args: string[]): Promise<string> {
  const { stdout } = await run('docker', args, {
    env: { ...process.env, DOCKER_HOST: privateDockerHost() },
    maxBuffer: 16 << 20,
  });
  return stdout.trim();
}

/** Removes test-made objects by name, ignoring ones that are already gone. */
export async function removeQuietly(kind: 'container' | 'network', ...names: string[]): Promise<void> {
  for (const name of names) {
    await (kind === 'container' ? docker('rm', '-f', name) : docker('network', 'rm', name)).catch(() => undefined);
  }
}

/** What a file's tests make on the engine, by name. */
export interface Made {
  containers?: string[];
  networks?: string[];
}

/**
 * One engine test file's setup, as hooks: the engine, reset before the first test and after the last; the
 * containers and networks the tests make removed before the first test and after each, once the streams
 * handed to `stopAfterTest` are stopped.
 */
export function engineFile(made: Made) {
  let engine: Engine | undefined;
  const stops: Array<() => void> = [];
  const cleanUp = async () => {
    for (const stop of stops.splice(0)) stop();
    await removeQuietly('container', ...(made.containers ?? []));
    await removeQuietly('network', ...(made.networks ?? []));
  };
  beforeAll(async () => {
    engine = await testEngine();
    await resetAll(engine);
    await cleanUp();
  });
  afterEach(cleanUp);
  afterAll(async () => {
    if (!engine) return;
    await resetAll(engine);
    engine.close();
  });
  return {
    get engine(): Engine {
      if (!engine) throw new Error('the engine opens in beforeAll: use it inside a test');
      return engine;
    },
    stopAfterTest: (stop: () => void) => {
      stops.push(stop);
    },
  };
}

export { lesson, lessons } from '../lesson-runs';

export async function resetAll(engine: Engine): Promise<void> {
  await resetLesson(engine);
}

export { LessonRunner };
