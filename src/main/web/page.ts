/**
 * The page for a learner who holds this launch's token: index.html with the first screen's boot data and
 * text in it (boot-data.ts, first-screen.ts). It carries the learner's progress, so the browser never
 * caches it; it is gzipped again only when it changed since the last time it was sent (a reload, another
 * tab with the same progress and settings get the same bytes).
 */
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { acceptedEncodings } from './encodings';
import { headersOf } from './static-files';

/** The page's own addresses (every other path is a file of the build). */
export function isPageRequest(req: IncomingMessage): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  return path === '/' || path === '/index.html';
}

export function tokenOf(req: IncomingMessage): string {
  return new URL(req.url ?? '/', 'http://localhost').searchParams.get('token') ?? '';
}

let last: { page: Buffer; gzip: Buffer } | undefined;

/** The page gzipped, reusing the last result when the page is the same. */
function gzipped(page: Buffer): Buffer {
  if (!last?.page.equals(page)) last = { page, gzip: gzipSync(page) };
  return last.gzip;
}

/** Sends index.html as `build` makes it of the built one. */
export async function servePage(
  rendererDir: string,
  req: IncomingMessage,
  res: ServerResponse,
  build: (page: string) => string,
): Promise<void> {
  const file = join(rendererDir, 'index.html');
  const page = Buffer.from(build(await readFile(file, 'utf8')));
  const gzip = acceptedEncodings(req.headers['accept-encoding']).some((e) => e.name === 'gzip');
  const body = gzip ? gzipped(page) : page;
  const headers = headersOf('/', file, gzip ? 'gzip' : undefined);
  res.writeHead(200, { ...headers, 'Content-Length': body.length });
  res.end(req.method === 'HEAD' ? undefined : body);
}
