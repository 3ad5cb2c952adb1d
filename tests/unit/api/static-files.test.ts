// Browser mode's static files: the renderer's folder, plus named extras (the favicon from resources/); nothing
// else. Each in the encoding the build wrote that the browser accepts; hashed assets cached for good, the page never.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, get, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodings } from '../../../src/main/web/encodings';
import { serveStatic } from '../../../src/main/web/static-files';

let dir: string;
let server: Server;
let base: string;
const script = `console.log(${JSON.stringify('a lesson '.repeat(400))});`;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ct-static-'));
  mkdirSync(join(dir, 'renderer', 'assets'), { recursive: true });
  writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html>');
  const asset = join(dir, 'renderer', 'assets', 'index-abc123.js');
  writeFileSync(asset, script);
  for (const encoding of encodings)
    writeFileSync(asset + encoding.suffix, await encoding.compress(Buffer.from(script)));
  writeFileSync(join(dir, 'renderer', 'assets', 'plain-def456.js'), 'let small = 1;');
  writeFileSync(join(dir, 'icon.png'), 'PNG');
  writeFileSync(join(dir, 'secret.txt'), 'no');
  const extra = { '/favicon.png': join(dir, 'icon.png') };
  server = createServer((req, res) => serveStatic(join(dir, 'renderer'), req, res, extra));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** The bytes as sent (fetch would decompress them). */
function raw(path: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    get(`${base}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

describe('serveStatic', () => {
  it('serves the favicon from outside the renderer folder, as a PNG', async () => {
    const answer = await fetch(`${base}/favicon.png`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('image/png');
    expect(await answer.text()).toBe('PNG');
  });

  it('serves the page, and nothing outside its folder that is not named', async () => {
    expect((await fetch(`${base}/`)).status).toBe(200);
    expect((await fetch(`${base}/../secret.txt`)).status).toBe(404);
    expect((await fetch(`${base}/%2e%2e/secret.txt`)).status).toBe(404);
    expect((await fetch(`${base}/icon.png`)).status).toBe(404);
  });

  it('sends the best encoding the browser accepts, as the build wrote it', async () => {
    const path = '/assets/index-abc123.js';
    const br = await raw(path, { 'Accept-Encoding': 'gzip, deflate, br, zstd' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(Number(br.headers['content-length'])).toBe(br.body.length);
    expect(br.body.length).toBeLessThan(script.length / 4);
    expect(brotliDecompressSync(br.body).toString()).toBe(script);

    const gzip = await raw(path, { 'Accept-Encoding': 'gzip, br;q=0' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(script);

    const plain = await raw(path);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
  });

  it('sends a file the build did not compress as it is', async () => {
    const answer = await raw('/assets/plain-def456.js', { 'Accept-Encoding': 'br, gzip' });
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.body.toString()).toBe('let small = 1;');
  });

  it('lets the browser keep hashed assets for good, never the page, and revalidate the rest', async () => {
    expect((await raw('/assets/index-abc123.js')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await raw('/')).headers['cache-control']).toBe('no-store');
    expect((await raw('/favicon.png')).headers['cache-control']).toBe('no-cache');
    expect((await raw('/')).headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('answers 304 for the copy the browser has, one tag per encoding', async () => {
    const first = await raw('/favicon.png');
    const again = await raw('/favicon.png', { 'If-None-Match': String(first.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);

    const path = '/assets/index-abc123.js';
    const compressed = await raw(path, { 'Accept-Encoding': 'br' });
    const plain = await raw(path);
    expect(compressed.headers.etag).not.toBe(plain.headers.etag);
    expect((await raw(path, { 'If-None-Match': String(plain.headers.etag), 'Accept-Encoding': 'br' })).status).toBe(
      200,
    );
  });

  it('answers HEAD with the headers and no body', async () => {
    const answer = await new Promise<Answer>((resolve, reject) => {
      const req = get(`${base}/assets/index-abc123.js`, { method: 'HEAD', headers: { 'Accept-Encoding': 'gzip' } });
      req.on('response', (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.alloc(0) }));
      });
      req.on('error', reject);
    });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe('gzip');
    const gz = readFileSync(join(dir, 'renderer', 'assets', 'index-abc123.js.gz'));
    expect(Number(answer.headers['content-length'])).toBe(gz.length);
  });
});
