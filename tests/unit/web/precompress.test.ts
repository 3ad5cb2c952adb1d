// The build's compressed copies of the renderer's text files, and which of them a browser's Accept-Encoding allows.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { acceptedEncodings } from '../../../src/main/web/encodings';
import { precompress } from '../../../src/main/web/precompress';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function build(files: Record<string, string>): Promise<void> {
  dir = mkdtempSync(join(tmpdir(), 'ct-precompress-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  // The hook as Vite calls it after writing the bundle: the output folder and the files' names.
  const writeBundle = precompress().writeBundle as (options: { dir: string }, bundle: object) => Promise<void>;
  await writeBundle({ dir }, Object.fromEntries(Object.keys(files).map((name) => [name, {}])));
}

describe('precompress', () => {
  it('writes brotli and gzip copies of text files that decompress to the file', async () => {
    const script = 'export const lesson = "networks";\n'.repeat(100);
    await build({ 'index-abc.js': script, 'index-abc.css': `body{color:red}\n${' '.repeat(2000)}` });
    expect(brotliDecompressSync(readFileSync(join(dir, 'index-abc.js.br'))).toString()).toBe(script);
    expect(gunzipSync(readFileSync(join(dir, 'index-abc.js.gz'))).toString()).toBe(script);
    expect(existsSync(join(dir, 'index-abc.css.br'))).toBe(true);
  });

  it('leaves small files and images as they are', async () => {
    await build({ 'tiny.js': 'let a = 1;', 'icon.png': 'P'.repeat(5000) });
    expect(existsSync(join(dir, 'tiny.js.br'))).toBe(false);
    expect(existsSync(join(dir, 'icon.png.gz'))).toBe(false);
  });
});

describe('acceptedEncodings', () => {
  const names = (header?: string) => acceptedEncodings(header).map((e) => e.name);
  it('keeps our order of preference, whatever the browser lists first', () => {
    expect(names('gzip, deflate, br, zstd')).toEqual(['br', 'gzip']);
    expect(names('GZIP')).toEqual(['gzip']);
  });
  it('honours a refusal (q=0), a wildcard, and no header at all', () => {
    expect(names('br;q=0, gzip;q=0.5')).toEqual(['gzip']);
    expect(names('*, gzip;q=0')).toEqual(['br']);
    expect(names(undefined)).toEqual([]);
    expect(names('identity')).toEqual([]);
  });
});
