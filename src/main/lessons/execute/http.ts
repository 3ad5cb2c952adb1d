/** One HTTP request to a port published on the engine's host, as curl would send it. */
import { request } from 'node:http';

export interface HttpAnswer {
  status: number;
  body: string;
}

/**
 * One request, with any method: a method no server accepts (`CTPROBE`) is answered 400 by the HTTP
 * server itself, before the application sees it, which proves the application listens without counting
 * as one of its requests (docker-proxy alone accepts connections but never answers HTTP).
 */
export function askHttp(host: string, port: number, method: string, path: string, timeoutMs: number) {
  return new Promise<HttpAnswer>((resolve, reject) => {
    const headers = { 'user-agent': 'curl/8 (container-talk)' };
    const req = request({ host, port, method, path, headers, timeout: timeoutMs }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end();
  });
}
