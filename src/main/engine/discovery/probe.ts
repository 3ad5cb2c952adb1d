/** Pinging one candidate: GET /_ping with a hard timeout, classified into a ProbeResult. */
import type { ProbeResult } from '@shared/engine';
import { EngineClient } from '../transport/client';
import { EngineTimeoutError } from '../transport/errors';
import { classifyOutcome, type PingOutcome } from './classify';
import { failureFor } from './diagnose';
import type { Candidate, DiscoveryContext, EngineTarget } from './types';

/** GET /_ping through the app's one transport (unix, npipe, tcp with TLS, ssh), never longer than the time limit. */
export async function pingTarget(target: EngineTarget, ctx: DiscoveryContext): Promise<PingOutcome> {
  const timeoutMs = target.transport.kind === 'ssh' ? ctx.sshTimeoutMs : ctx.timeoutMs;
  const client = new EngineClient(target, ctx.sshTimeoutMs);
  try {
    const answer = await client.exchange({ method: 'GET', path: '/_ping', timeoutMs, unrecorded: true });
    return { kind: 'answer', answer: { ...answer, body: answer.body.toString('utf8') } };
  } catch (error) {
    if (error instanceof EngineTimeoutError) return { kind: 'timeout', connected: error.connected };
    return { kind: 'error', error };
  } finally {
    client.close();
  }
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
