/** How to reach a target with node's http(s): a unix socket, a named pipe, tcp (with TLS), or ssh. */
import http from 'node:http';
import https from 'node:https';
import type { EngineTarget } from '../discovery/types';
import { SshDialAgent } from './ssh-agent';

export interface Connection {
  request(options: http.RequestOptions): http.ClientRequest;
  /** Ends every socket of this connection (requests still running fail). */
  destroy(): void;
  secure: boolean;
}

export function openConnection(target: EngineTarget, sshTimeoutMs: number): Connection {
  const t = target.transport;
  switch (t.kind) {
    case 'unix':
    case 'npipe':
      return viaAgent(http, new http.Agent({ keepAlive: true }), { socketPath: t.path });
    case 'tcp': {
      if (!t.tls) return viaAgent(http, new http.Agent({ keepAlive: true }), { host: t.host, port: t.port });
      const { ca, cert, key, verify } = t.tls;
      const agent = new https.Agent({ keepAlive: true, ca, cert, key, rejectUnauthorized: verify });
      return { ...viaAgent(https, agent, { host: t.host, port: t.port }), secure: true };
    }
    case 'ssh': {
      const { username, agent, privateKey } = t.auth;
      const config = { host: t.host, port: t.port, username, agent, privateKey, readyTimeout: sshTimeoutMs };
      return viaAgent(http, new SshDialAgent(config), { host: t.host });
    }
  }
}

function viaAgent(module: typeof http | typeof https, agent: http.Agent, base: http.RequestOptions): Connection {
  return {
    request: (options) => module.request({ ...base, ...options, agent }),
    destroy: () => agent.destroy(),
    secure: false,
  };
}
