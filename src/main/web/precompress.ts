/** A build plugin: writes each text file of the renderer's build in every encoding, once, for browser mode. */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { encodings, isCompressible } from './encodings';

/** Below this, compressing saves less than the headers it costs. */
const minBytes = 1024;

export function precompress(): Plugin {
  return {
    name: 'container-talk:precompress',
    apply: 'build',
    async writeBundle(options, bundle) {
      const dir = options.dir ?? '';
      const files = Object.keys(bundle).filter(isCompressible);
      await Promise.all(
        files.map(async (file) => {
          const path = join(dir, file);
          const data = await readFile(path);
          if (data.length < minBytes) return;
          await Promise.all(
            encodings.map(async (encoding) => writeFile(path + encoding.suffix, await encoding.compress(data))),
          );
        }),
      );
    },
  };
}
