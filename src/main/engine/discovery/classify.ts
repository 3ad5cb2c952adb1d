/** What a ping outcome means: a low-level error, a timeout or an HTTP answer becomes an EngineErrorCode. */
import type { EngineErrorCode } from '@shared/engine';
import type { Transport } from './types';

export interface HttpAnswer {
  status: number;
  body: string;
  contentType?: string;
}

export type PingOutcome =
  | { kind: 'answer'; answer: HttpAnswer }
  | { kind: 'error'; error: unknown }
  /** `connected`: the connection was open (the engine hung), rather than never established. */
  | { kind: 'timeout'; connected: boolean };

/** Why, more precisely than the code: it picks the message and the fix. */
export type Reason =
  | 'missing'
  | 'refused'
  | 'denied'
  | 'timeout'
  | 'connect-timeout'
  | 'dns'
  | 'network'
  | 'tls'
  | 'tls-needed'
  | 'tls-unexpected'
  | 'ssh-auth'
  | 'ssh-remote'
  | 'not-engine'
  | 'other';

export interface Classified {
  code: EngineErrorCode;
  reason: Reason;
  /** The raw evidence: an errno code, an HTTP status, an error message. */
  detail: string;
}

type Kind = Transport['kind'];

const DNS = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL']);
const NETWORK = new Set(['ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EHOSTDOWN', 'ENETDOWN', 'ECONNRESET', 'EPIPE']);
const TLS_CODE =
  /^(ERR_TLS_|ERR_SSL_|ERR_OSSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|EPROTO)/;

/** The Engine API answers GET /_ping with 200 and the body "OK". */
export const isEngineAnswer = (a: HttpAnswer): boolean => a.status === 200 && a.body.trim() === 'OK';

/** undefined when the outcome is a healthy engine answer. */
export function classifyOutcome(outcome: PingOutcome, kind: Kind): Classified | undefined {
  switch (outcome.kind) {
    case 'answer':
      return classifyAnswer(outcome.answer);
    case 'timeout':
      if (kind === 'ssh' || (kind === 'tcp' && !outcome.connected))
        return c('UNREACHABLE', 'connect-timeout', 'timeout');
      return c('TIMEOUT', 'timeout', 'timeout');
    case 'error':
      return classifyError(outcome.error, kind);
  }
}

export function classifyAnswer(answer: HttpAnswer): Classified | undefined {
  if (isEngineAnswer(answer)) return undefined;
  if (answer.status === 400 && /HTTP request to an HTTPS server/i.test(answer.body)) {
    return c('BAD_CONFIG', 'tls-needed', 'HTTP 400: plain HTTP sent to an HTTPS server');
  }
  const type = answer.contentType ? ` (${answer.contentType.split(';')[0]})` : '';
  return c('NOT_AN_ENGINE', 'not-engine', `GET /_ping gave HTTP ${answer.status}${type}`);
}

export function classifyError(error: unknown, kind: Kind): Classified {
  const code = prop(error, 'code');
  const message = prop(error, 'message') ?? String(error);
  const detail = code ?? message;
  if (kind === 'ssh') return classifySsh(code, prop(error, 'level'), message);
  if (code === 'ENOENT') return c('ENGINE_NOT_FOUND', 'missing', detail);
  if (code === 'ECONNREFUSED') return c('ENGINE_NOT_RUNNING', 'refused', detail);
  if (code === 'EACCES' || code === 'EPERM') return c('PERMISSION_DENIED', 'denied', detail);
  if (code && DNS.has(code)) return c('UNREACHABLE', 'dns', detail);
  if (code === 'ERR_SSL_WRONG_VERSION_NUMBER' || /wrong version number/i.test(message)) {
    return c('BAD_CONFIG', 'tls-unexpected', detail);
  }
  if ((code && TLS_CODE.test(code)) || /\b(ssl|tls|certificate)\b/i.test(message))
    return c('UNREACHABLE', 'tls', detail);
  if (code && NETWORK.has(code)) return c(kind === 'tcp' ? 'UNREACHABLE' : 'ENGINE_NOT_RUNNING', 'network', detail);
  return c(kind === 'tcp' ? 'UNREACHABLE' : 'ENGINE_NOT_RUNNING', 'other', detail);
}

function classifySsh(code: string | undefined, level: string | undefined, message: string): Classified {
  if (level === 'client-authentication' || /private ?key/i.test(message)) return c('UNREACHABLE', 'ssh-auth', message);
  if (level === 'client-timeout') return c('UNREACHABLE', 'connect-timeout', message);
  if (code && DNS.has(code)) return c('UNREACHABLE', 'dns', code);
  if (code === 'ECONNRESET' || /socket hang up/i.test(message)) return c('UNREACHABLE', 'ssh-remote', message);
  return c('UNREACHABLE', 'network', code ?? message);
}

const c = (code: EngineErrorCode, reason: Reason, detail: string): Classified => ({ code, reason, detail });

function prop(value: unknown, key: string): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = (value as Record<string, unknown>)[key];
  return typeof v === 'string' ? v : undefined;
}
