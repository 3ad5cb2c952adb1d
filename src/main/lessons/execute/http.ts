/** `curl http://HOST:PORT`: a request to a port the engine's host publishes. */
import { request } from 'node:http';
import type { SpecOf } from '@shared/actions';
import type { ActionContext, ActionOutcome } from './context';

export interface HttpReply {
  status: number;
  body: string;
}

export function httpGet(host: string, port: number, path: string, timeoutMs = 5000): Promise<HttpReply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host, port, path, method: 'GET', timeout: timeoutMs, headers: { 'user-agent': 'curl/8 (container-talk)' } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end();
  });
}

/** Like curl: exit 0 whenever the server answered (whatever the status), 7 when it could not connect. */
export async function executeHttp(ctx: ActionContext, spec: SpecOf<'http'>): Promise<ActionOutcome> {
  const host = ctx.engine.endpoint.publishedHost;
  try {
    const reply = await httpGet(host, spec.port, spec.path);
    ctx.onOutput({ stream: 'stdout', text: reply.body });
    return { exitCode: 0, warnings: [], status: reply.status };
  } catch (error) {
    const reason = (error as Error).message;
    ctx.onOutput({ stream: 'stderr', text: `curl: (7) Failed to connect to ${host} port ${spec.port}: ${reason}\n` });
    return { exitCode: 7, warnings: [] };
  }
}
