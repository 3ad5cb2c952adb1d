/** Dockerode for a discovered endpoint: constructor options, construction shielded from process.env, short GETs. */
import { Agent as HttpsAgent } from 'node:https';
import Dockerode from 'dockerode';
import { DEFAULT_SSH_TIMEOUT_MS, type EngineTarget } from './types';

/** docker-modem also accepts an http(s) Agent; we use one to honour "skip TLS verification". */
export type EngineClientOptions = Dockerode.DockerOptions & { agent?: HttpsAgent };

/**
 * The dockerode constructor options for a target. Never sets `version`: dockerode does not negotiate, and
 * without it the engine's own newest API answers the unversioned paths.
 */
export function dockerodeOptions(target: EngineTarget, sshTimeoutMs = DEFAULT_SSH_TIMEOUT_MS): EngineClientOptions {
  const t = target.transport;
  switch (t.kind) {
    case 'unix':
    case 'npipe':
      return { socketPath: t.path };
    case 'tcp': {
      if (!t.tls) return { host: t.host, port: t.port, protocol: 'http' };
      const { ca, cert, key, verify } = t.tls;
      const opts: EngineClientOptions = { host: t.host, port: t.port, protocol: 'https', ca, cert, key };
      if (!verify) opts.agent = new HttpsAgent({ rejectUnauthorized: false, ca, cert, key });
      return opts;
    }
    case 'ssh': {
      const { username, agent, privateKey } = t.auth;
      return {
        protocol: 'ssh',
        host: t.host,
        port: t.port,
        username,
        sshOptions: { agent, privateKey, readyTimeout: sshTimeoutMs },
      };
    }
  }
}

/** docker-modem reads these from process.env in its constructor and merges them over our options. */
const MODEM_ENV = [
  'DOCKER_HOST',
  'DOCKER_TLS_VERIFY',
  'DOCKER_CERT_PATH',
  'DOCKER_PATH_PREFIX',
  'DOCKER_CLIENT_TIMEOUT',
];

/**
 * Builds the client with those variables hidden for the (synchronous) constructor call, so that only our
 * discovery decides where it connects (and a malformed DOCKER_HOST cannot make the constructor throw).
 */
export function createDocker(target: EngineTarget, sshTimeoutMs = DEFAULT_SSH_TIMEOUT_MS): Dockerode {
  const saved = MODEM_ENV.map((name) => [name, process.env[name]] as const);
  for (const [name] of saved) delete process.env[name];
  try {
    return new Dockerode(dockerodeOptions(target, sshTimeoutMs));
  } finally {
    for (const [name, value] of saved) if (value !== undefined) process.env[name] = value;
  }
}

export class DialTimeoutError extends Error {
  constructor(path: string, ms: number) {
    super(`GET ${path} got no answer within ${ms} ms`);
    this.name = 'DialTimeoutError';
  }
}

/** GET an unversioned Engine API path with a hard time limit; resolves the parsed JSON or the raw Buffer. */
export function dialGet(docker: Dockerode, path: string, timeoutMs: number): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const controller = new AbortController();
    const timer = setTimeout(() => {
      controller.abort();
      reject(new DialTimeoutError(path, timeoutMs));
    }, timeoutMs);
    docker.modem.dial(
      { path, method: 'GET', statusCodes: { 200: true }, abortSignal: controller.signal },
      (err, data) => {
        clearTimeout(timer);
        if (err) reject(err);
        else resolve(data);
      },
    );
  });
}
