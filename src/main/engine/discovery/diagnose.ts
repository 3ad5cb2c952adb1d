/** Turning classified failures into sentences: a ProbeFailure per candidate, and one paragraph for a whole report. */
import type { DiscoveryReport, EngineProduct, ProbeFailure, ProbeResult } from '@shared/engine';
import type { Classified } from './classify';
import { fixFor, installFix } from './fixes';
import type { DiscoveryContext, EngineTarget, Transport } from './types';

export function failureFor(k: Classified, target: EngineTarget, ctx: DiscoveryContext): ProbeFailure {
  return { code: k.code, message: messageFor(k, target, ctx), fix: fixFor(k.reason, target, ctx) };
}

function where(t: Transport): string {
  switch (t.kind) {
    case 'unix':
    case 'npipe':
      return t.path;
    case 'tcp':
      return `${t.host}:${t.port}`;
    case 'ssh':
      return `${t.auth.username}@${t.host}:${t.port}`;
  }
}

function messageFor(k: Classified, target: EngineTarget, ctx: DiscoveryContext): string {
  const t = target.transport;
  const w = where(t);
  const ms = t.kind === 'ssh' ? ctx.sshTimeoutMs : ctx.timeoutMs;
  const local = t.kind === 'unix' || t.kind === 'npipe';
  switch (k.reason) {
    case 'missing':
      return `Nothing at ${w}: the ${t.kind === 'npipe' ? 'pipe' : 'socket'} does not exist.`;
    case 'refused':
      return local
        ? `${w} exists, but nothing accepts connections on it (${k.detail}): the engine is not running.`
        : `Nothing listens on ${w} (connection refused).`;
    case 'denied':
      return `You are not allowed to open ${w} (${k.detail}).`;
    case 'timeout':
      return `${w} accepted the connection but did not answer within ${ms} ms.`;
    case 'connect-timeout':
      return `${w} did not respond within ${ms} ms.`;
    case 'dns':
      return `The host name in ${w} cannot be resolved (${k.detail}).`;
    case 'network':
      return `${w} cannot be reached (${k.detail}).`;
    case 'tls':
      return `The TLS handshake with ${w} failed (${k.detail}).`;
    case 'tls-needed':
      return `${w} speaks HTTPS, but TLS is off (DOCKER_TLS_VERIFY is not set).`;
    case 'tls-unexpected':
      return `TLS is on, but ${w} speaks plain HTTP (${k.detail}).`;
    case 'ssh-auth':
      return `ssh to ${w} failed: no key was accepted (${k.detail}).`;
    case 'ssh-remote':
      return `ssh to ${w} worked, but \`docker system dial-stdio\` there did not reach an engine (${k.detail}).`;
    case 'not-engine':
      return `Something answered at ${w}, but not like the Engine API (${k.detail}).`;
    case 'other':
      return `Could not talk to ${w} (${k.detail}).`;
  }
}

/**
 * When DOCKER_HOST or a context fails we do not fall back, but if a known socket answers we say so in its fix:
 * "…Meanwhile Docker Engine (unix:///var/run/docker.sock) answers: unset DOCKER_HOST to use it."
 */
export function withAlsoFound(primary: ProbeResult, hints: ProbeResult[], ctx: DiscoveryContext): ProbeResult {
  const answering = hints.filter((h) => h.ok);
  if (primary.ok || !primary.failure || answering.length === 0) return primary;
  const names = answering.map((h) => `${h.endpoint.label} (${h.endpoint.url})`).join(' and ');
  const verb = answering.length === 1 ? 'answers' : 'answer';
  const how =
    primary.endpoint.source === 'DOCKER_HOST'
      ? ctx.platform === 'win32'
        ? 'remove DOCKER_HOST (`Remove-Item Env:DOCKER_HOST`, and from your user environment variables)'
        : 'unset DOCKER_HOST (and remove it from your shell profile)'
      : 'run `docker context use default` (and unset DOCKER_CONTEXT if it is set)';
  const fix = `${primary.failure.fix} Meanwhile ${names} ${verb}: ${how} to use it instead.`;
  return { ...primary, failure: { ...primary.failure, fix } };
}

const PRODUCT: Record<EngineProduct, string> = {
  'docker-engine': 'Docker Engine',
  'docker-desktop': 'Docker Desktop',
  podman: 'Podman',
};

export const productName = (product: EngineProduct): string => PRODUCT[product];

/** One paragraph for people: which engine is used, or every candidate that failed and what to do. */
export function describeReport(report: DiscoveryReport, platform: NodeJS.Platform = process.platform): string {
  const { chosen, identity } = report;
  if (chosen) {
    const about = identity
      ? `: ${productName(identity.product)} ${identity.version}, API ${identity.apiVersion}, ${identity.os}/${identity.arch}`
      : '';
    return `Using ${chosen.label} (${chosen.url})${about}.`;
  }
  const tried = report.probes.filter((p) => !p.skipped);
  const name = (p: ProbeResult): string => `${p.endpoint.label} (${p.endpoint.url})`;
  const detail = (p: ProbeResult): string => `${name(p)}: ${p.failure?.message} ${p.failure?.fix}`;
  const primary = tried.find((p) => p.endpoint.source !== 'socket');
  if (primary) {
    // Its fix already names any socket that answers; the others cannot be used while it is set.
    const others = tried.filter((p) => p !== primary && !p.ok);
    const also = others.map(
      (p) => `${name(p)}: ${p.failure?.code === 'ENGINE_NOT_FOUND' ? 'not found' : p.failure?.message}`,
    );
    const tail =
      also.length > 0 ? ` Also checked, but not used while ${primary.endpoint.label} is set: ${also.join('; ')}.` : '';
    return `No container engine answered. ${detail(primary)}${tail}`;
  }
  const failed = tried.filter((p) => !p.ok && p.failure);
  const missing = failed.filter((p) => p.failure?.code === 'ENGINE_NOT_FOUND');
  const parts = ['No container engine answered.', ...failed.filter((p) => !missing.includes(p)).map(detail)];
  if (missing.length > 0) {
    parts.push(`Not found: ${missing.map(name).join(', ')}.`);
    if (missing.length === failed.length) parts.push(installFix(platform));
    const fixes = [...new Set(missing.map((p) => p.failure?.fix ?? ''))].filter(Boolean);
    parts.push(`To start one you have: ${fixes.join(' ')}`);
  }
  return parts.join(' ');
}
