/** A build context as the docker CLI sends it: the folder as a tar stream, minus what .dockerignore excludes. */
import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import createIgnore from '@balena/dockerignore';
import { pack } from 'tar-fs';

/** The tar stream of `dir`; the Dockerfile and .dockerignore always go in, as with the CLI. */
export async function packContext(dir: string): Promise<NodeJS.ReadableStream> {
  const rules = await readFile(join(dir, '.dockerignore'), 'utf8').catch(() => '');
  const ignore = createIgnore({ ignorecase: false }).add(rules);
  const kept = new Set(['Dockerfile', '.dockerignore']);
  return pack(dir, {
    ignore: (path) => {
      const name = relative(dir, path).split(sep).join('/');
      return !kept.has(name) && ignore.ignores(name);
    },
  });
}
