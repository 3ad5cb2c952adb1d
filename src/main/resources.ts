/** Finds the app's resources folder (lessons, example app) from source, from out/, or inside a package. */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

let cached: string | undefined;

function locate(): string {
  const override = process.env.CONTAINER_TALK_RESOURCES;
  if (override) return resolve(override);
  for (let dir = __dirname; dirname(dir) !== dir; dir = dirname(dir)) {
    if (existsSync(join(dir, 'resources', 'lessons'))) return join(dir, 'resources');
  }
  throw new Error(
    `cannot find the resources folder (lessons, example app) above ${__dirname}; set CONTAINER_TALK_RESOURCES`,
  );
}

export function resourcesDir(): string {
  cached ??= locate();
  return cached;
}
