// The engine layer is one room with one door: outside src/main/engine, code imports only its public
// surface (src/main/engine/index.ts), and nothing else reaches the engine's transport libraries.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../../..');
const engineDir = join(root, 'src/main/engine');

function* sources(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sources(path);
    else if (/\.tsx?$/.test(entry.name)) yield path;
  }
}

const imports = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1] as string);

describe('the engine layer', () => {
  const outside = [...sources(join(root, 'src'))].filter((file) => !file.startsWith(engineDir));

  it('is used only through src/main/engine/index.ts', () => {
    const deep = outside.flatMap((file) =>
      imports(file)
        .filter((spec) => /(^|\/)engine\/[^/]/.test(spec) && !spec.startsWith('@shared'))
        .map((spec) => `${relative(root, file)}: ${spec}`),
    );
    expect(deep).toEqual([]);
  });

  it('alone imports the libraries that talk to an engine', () => {
    const transport = ['ssh2', 'tar-fs', '@balena/dockerignore', 'dockerode', 'docker-modem'];
    const found = outside.flatMap((file) =>
      imports(file)
        .filter((spec) => transport.includes(spec))
        .map((spec) => `${relative(root, file)}: ${spec}`),
    );
    expect(found).toEqual([]);
  });
});
