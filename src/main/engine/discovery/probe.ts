/** Pinging one candidate: GET /_ping with a hard timeout, classified into a ProbeResult. */
import http from 'node:http';
import https from 'node:https';
import type { ProbeResult } from '@shared/engine';
import { classifyOutcome, type PingOutcome } from './classify';
import { failureFor } from './diagnose';
import { createDocker, DialTimeoutError, dialGet } from './dockerode-client';
import type { Candidate, DiscoveryContext, EngineTarget, Transport } from './types';

type HttpTransport = Exclude<Transport, { kind: 'ssh' }>;

const BODY_LIMIT = 64 * 1024;

function requestOptions(t: HttpTransport, path: string): https.RequestOptions {
  const base: https.RequestOptions = { method: 'GET', path, agent: false };
  if (t.kind !== 'tcp') return { ...base, socketPath: t.path };
  const opts: https.RequestOptions = { ...base, host: t.host, port: t.port };
  if (t.tls) Object.assign(opts, { ca: t.tls.ca, cert: t.tls.cert, key: t.tls.key, rejectUnauthorized: t.tls.verify });
  return opts;
}

/** One GET over node's http/https (unix sockets, named pipes, tcp), never longer than timeoutMs. */
export function httpGet(t: HttpTransport, path: string, timeoutMs: number): Promise<PingOutcome> {
  return new Promise((resolve) => {
    const secure = t.kind === 'tcp' && t.tls !== undefined;
    let req: http.ClientRequest;
    try {
      req = (secure ? https : http).request(requestOptions(t, path));
    } catch (error) {
      resolve({ kind: 'error', error }); // e.g. unusable certificate files
      return;
    }
    let connected = false;
    let done = false;
    const finish = (outcome: PingOutcome): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      req.destroy();
      resolve(outcome);
    };
    const timer = setTimeout(() => finish({ kind: 'timeout', connected }), timeoutMs);
    req.on('socket', (socket) => {
      socket.once(secure ? 'secureConnect' : 'connect', () => {
        connected = true;
      });
    });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        if (size < BODY_LIMIT) chunks.push(chunk);
        size += chunk.length;
      });
      res.on('error', (error) => finish({ kind: 'error', error }));
      res.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        finish({
          kind: 'answer',
          answer: { status: res.statusCode ?? 0, body, contentType: res.headers['content-type'] },
        });
      });
    });
    req.on('error', (error) => finish({ kind: 'error', error }));
    req.end();
  });
}

/** ssh:// goes through dockerode (docker-modem runs `docker system dial-stdio` on the remote host over ssh2). */
export async function sshPing(target: EngineTarget, timeoutMs: number): Promise<PingOutcome> {
  try {
    const data = await dialGet(createDocker(target, timeoutMs), '/_ping', timeoutMs);
    const body = Buffer.isBuffer(data) ? data.toString('utf8') : typeof data === 'string' ? data : JSON.stringify(data);
    return { kind: 'answer', answer: { status: 200, body } };
  } catch (error) {
    if (error instanceof DialTimeoutError) return { kind: 'timeout', connected: false };
    const status = (error as { statusCode?: unknown }).statusCode;
    if (typeof status === 'number') return { kind: 'answer', answer: { status, body: String(error) } };
    return { kind: 'error', error };
  }
}

export function pingTarget(target: EngineTarget, ctx: DiscoveryContext): Promise<PingOutcome> {
  const t = target.transport;
  return t.kind === 'ssh' ? sshPing(target, ctx.sshTimeoutMs) : httpGet(t, '/_ping', ctx.timeoutMs);
}

/** Pings a candidate (or reports its configuration error without dialling). */
export async function probeCandidate(candidate: Candidate, ctx: DiscoveryContext): Promise<ProbeResult> {
  const { endpoint } = candidate;
  if (candidate.configError) return { endpoint, ok: false, ms: 0, failure: candidate.configError };
  const target: EngineTarget = { endpoint, flavor: candidate.flavor, transport: candidate.transport };
  const started = performance.now();
  const outcome = await pingTarget(target, ctx);
  const ms = Math.round(performance.now() - started);
  const classified = classifyOutcome(outcome, target.transport.kind);
  return classified
    ? { endpoint, ok: false, ms, failure: failureFor(classified, target, ctx) }
    : { endpoint, ok: true, ms };
}
