/** Browser mode's page requests, and sending the learner's page (learner-page.ts makes it). */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { acceptedEncodings } from './encodings';
import type { PageBytes } from './learner-page';
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

/** Sends the page, gzipped when the browser takes gzip; never cached by the browser (headersOf). */
export function servePage(rendererDir: string, req: IncomingMessage, res: ServerResponse, bytes: PageBytes): void {
  const gzip = acceptedEncodings(req.headers['accept-encoding']).some((e) => e.name === 'gzip');
  const body = gzip ? bytes.gzip : bytes.page;
  const headers = headersOf('/', join(rendererDir, 'index.html'), gzip ? 'gzip' : undefined);
  res.writeHead(200, { ...headers, 'Content-Length': body.length });
  res.end(req.method === 'HEAD' ? undefined : body);
}
