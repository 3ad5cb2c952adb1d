/**
 * Serves the built renderer read-only, with the same Content-Security-Policy as the desktop window: each
 * file in the best encoding the build wrote for it (encodings.ts), hashed assets cached for good, the page
 * never (it names this build's assets), and a 304 for a copy the browser already has.
 */
import { createReadStream, existsSync, type Stats, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { acceptedEncodings, type Encoding, isCompressible } from './encodings';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export const contentSecurityPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/** Files served outside the renderer's folder, by URL path: the favicon is the app's icon in resources/. */
export type ExtraFiles = Record<string, string>;

/** The build names everything under /assets/ by its content's hash: a new build means new names. */
function cacheControl(urlPath: string, file: string): string {
  if (file.endsWith('.html')) return 'no-store';
  if (urlPath.startsWith('/assets/')) return 'public, max-age=31536000, immutable';
  return 'no-cache';
}

function fileOf(path: string, root: string, extra: ExtraFiles): string | undefined {
  const file = extra[path] ?? normalize(join(root, path === '/' ? 'index.html' : path));
  const allowed = file === extra[path] || file.startsWith(root + sep);
  return allowed && existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/** The file as sent: the best accepted encoding the build wrote beside it, else the file itself. */
function variantOf(file: string, acceptEncoding: string | undefined): { path: string; encoding?: Encoding } {
  if (!isCompressible(file)) return { path: file };
  const encoding = acceptedEncodings(acceptEncoding).find((e) => existsSync(file + e.suffix));
  return encoding ? { path: file + encoding.suffix, encoding } : { path: file };
}

function etagOf(stats: Stats, encoding: Encoding | undefined): string {
  return `W/"${stats.size.toString(36)}-${Math.floor(stats.mtimeMs).toString(36)}${encoding ? `-${encoding.name}` : ''}"`;
}

/** What every file is sent with: its type, the CSP, and how it may be cached and was encoded. */
export function headersOf(urlPath: string, file: string, encoding?: string): Record<string, string | number> {
  return {
    'Content-Type': types[extname(file)] ?? 'application/octet-stream',
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': cacheControl(urlPath, file),
    ...(isCompressible(file) ? { Vary: 'Accept-Encoding' } : {}),
    ...(encoding ? { 'Content-Encoding': encoding } : {}),
  };
}

export function serveStatic(root: string, req: IncomingMessage, res: ServerResponse, extra: ExtraFiles = {}): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  let path: string;
  try {
    path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  } catch {
    res.writeHead(400, { 'Content-Type': 'text/plain' }).end('bad request');
    return;
  }
  const file = fileOf(path, root, extra);
  if (!file) {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    return;
  }
  const variant = variantOf(file, req.headers['accept-encoding']);
  const stats = statSync(variant.path);
  const etag = etagOf(stats, variant.encoding);
  const headers: Record<string, string | number> = { ...headersOf(path, file, variant.encoding?.name), ETag: etag };
  if (req.headers['if-none-match']?.split(/\s*,\s*/).includes(etag)) {
    res.writeHead(304, headers).end();
    return;
  }
  res.writeHead(200, { ...headers, 'Content-Length': stats.size });
  if (req.method === 'HEAD') res.end();
  else createReadStream(variant.path).pipe(res);
}
