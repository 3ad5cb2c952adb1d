/** Candidates in the docker CLI's order: DOCKER_HOST, else the current context, then the OS's known sockets. */
import { contextCandidate } from './contexts';
import { dockerHostCandidate } from './docker-host';
import { knownSockets } from './sockets';
import type { Candidate, DiscoveryContext } from './types';

export interface CandidatePlan {
  /** DOCKER_HOST or the current context: when set, it alone may be chosen (no silent fallback). */
  primary?: Candidate;
  /** Known sockets, deduplicated (and without the primary): chosen from when there is no primary, hints otherwise. */
  sockets: Candidate[];
}

export function planCandidates(ctx: DiscoveryContext): CandidatePlan {
  const primary = dockerHostCandidate(ctx) ?? contextCandidate(ctx);
  const seen = new Set<string>();
  if (primary) seen.add(identityKey(primary, ctx));
  const sockets: Candidate[] = [];
  for (const candidate of knownSockets(ctx)) {
    const key = identityKey(candidate, ctx);
    if (seen.has(key)) continue;
    seen.add(key);
    sockets.push(candidate);
  }
  return primary ? { primary, sockets } : { sockets };
}

/** Two candidates are the same engine when they dial the same (symlink-resolved) socket or address. */
function identityKey(candidate: Candidate, ctx: DiscoveryContext): string {
  const t = candidate.transport;
  if (t?.kind === 'unix') return `unix://${ctx.fs.realpath(t.path) ?? t.path}`;
  if (t?.kind === 'npipe') return `npipe://${t.path.toLowerCase()}`;
  return candidate.endpoint.url;
}
