/** A build context as the docker CLI sends it: the folder as a tar stream, minus what .dockerignore excludes. */
import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** The tar stream of `dir`; the Dockerfile and .dockerignore always go in, as with the CLI. */
export async function packContext(dir: string): Promise<NodeJS.ReadableStream> {
  // Loaded here, not at start: only a build needs them, and most runs build nothing.
  const [{ default: createIgnore }, { pack }] = await Promise.all([import('@balena/dockerignore'), import('tar-fs')]);
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
