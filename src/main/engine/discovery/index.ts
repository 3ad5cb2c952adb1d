/**
 * Engine discovery, in the docker CLI's order: DOCKER_HOST, else the current context, else the OS's known sockets.
 *
 * Fallback policy: when DOCKER_HOST or a (non-default) context is set, it alone may be chosen, like the CLI.
 * If it fails we do not silently use another engine; we still probe the known sockets as hints, and when one
 * answers, the failure's fix says so ("…Meanwhile Docker Engine (unix:///var/run/docker.sock) answers: unset
 * DOCKER_HOST…"). When it answers, the sockets are listed as skipped (not dialled).
 */
import type { DiscoveryReport, ProbeResult } from '@shared/engine';
import { identifyEngine, NotAnEngineError } from '../identity';
import { EngineClient } from '../transport/client';
import { EngineTimeoutError } from '../transport/errors';
import { planCandidates } from './candidates';
import { classifyError } from './classify';
import { failureFor, withAlsoFound } from './diagnose';
import { probeCandidate } from './probe';
import {
  type Candidate,
  type DiscoveryContext,
  type DiscoveryOptions,
  type EngineTarget,
  resolveOptions,
} from './types';

export { describeReport, productName } from './diagnose';
export type { DiscoveryFs, DiscoveryOptions, EngineTarget, Transport } from './types';

export interface Discovery {
  report: DiscoveryReport;
  /** Set when an engine was chosen: a client for it, and how it is reached. */
  client?: EngineClient;
  target?: EngineTarget;
}

/** The report for a `doctor` command: never throws. */
export async function discoverEngine(opts?: DiscoveryOptions): Promise<DiscoveryReport> {
  return (await discover(opts)).report;
}

export async function discover(opts?: DiscoveryOptions): Promise<Discovery> {
  const ctx = resolveOptions(opts);
  const { primary, sockets } = planCandidates(ctx);
  if (!primary) {
    const probes = await Promise.all(sockets.map((c) => probeCandidate(c, ctx)));
    return chooseFirst(sockets, probes, ctx);
  }
  const picked = await chooseFirst([primary], [await probeCandidate(primary, ctx)], ctx);
  const [first] = picked.report.probes;
  if (picked.target || !first) {
    const skipped = sockets.map((c): ProbeResult => ({ endpoint: c.endpoint, ok: false, ms: 0, skipped: true }));
    return { ...picked, report: { ...picked.report, probes: [...picked.report.probes, ...skipped] } };
  }
  const hints = await Promise.all(sockets.map((c) => probeCandidate(c, ctx)));
  return { report: { probes: [withAlsoFound(first, hints, ctx), ...hints] } };
}

/** The first candidate (in precedence order) that answered /_ping and identifies itself is chosen. */
async function chooseFirst(candidates: Candidate[], probes: ProbeResult[], ctx: DiscoveryContext): Promise<Discovery> {
  const results = [...probes];
  for (const [i, candidate] of candidates.entries()) {
    const probe = results[i];
    if (!probe?.ok || !candidate.transport) continue;
    const target: EngineTarget = {
      endpoint: candidate.endpoint,
      flavor: candidate.flavor,
      transport: candidate.transport,
    };
    const client = new EngineClient(target, ctx.sshTimeoutMs);
    try {
      const identity = await identifyEngine(client, identifyTimeout(target, ctx));
      return { report: { chosen: target.endpoint, probes: results, identity }, client, target };
    } catch (error) {
      client.close();
      results[i] = { ...probe, ok: false, failure: identifyFailure(error, target, ctx) };
    }
  }
  return { report: { probes: results } };
}

/** /info can take a moment on a busy engine: identification gets more time than the ping. */
function identifyTimeout(target: EngineTarget, ctx: DiscoveryContext): number {
  return target.transport.kind === 'ssh' ? ctx.sshTimeoutMs : Math.max(3000, ctx.timeoutMs);
}

function identifyFailure(error: unknown, target: EngineTarget, ctx: DiscoveryContext) {
  if (error instanceof EngineTimeoutError)
    return failureFor({ code: 'TIMEOUT', reason: 'timeout', detail: error.message }, target, ctx);
  const status = (error as { statusCode?: unknown }).statusCode;
  if (error instanceof NotAnEngineError || typeof status === 'number') {
    const detail = `it answered /_ping, but ${error instanceof Error ? error.message.trim() : String(error)}`;
    return failureFor({ code: 'NOT_AN_ENGINE', reason: 'not-engine', detail }, target, ctx);
  }
  return failureFor(classifyError(error, target.transport.kind), target, ctx);
}
