// Browser mode's static files: the renderer's folder, plus named extras (the favicon from resources/); nothing else.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../../src/main/web/static-files';

let dir: string;
let server: Server;
let base: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ct-static-'));
  mkdirSync(join(dir, 'renderer'));
  writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html>');
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
});
