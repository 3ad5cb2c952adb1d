/** Engine addresses as the docker CLI reads them: unix://, npipe://, tcp://, ssh://, and bare host:port (tcp). */

export type EngineAddress =
  | { kind: 'unix'; path: string }
  | { kind: 'npipe'; path: string }
  /** port is undefined when the address has none: the default depends on TLS (2375 plain, 2376 TLS). */
  | { kind: 'tcp'; host: string; port?: number }
  | { kind: 'ssh'; host: string; port: number; username?: string };

export type ParsedAddress = { ok: true; address: EngineAddress } | { ok: false; error: string };

export const DEFAULT_UNIX_SOCKET = '/var/run/docker.sock';
export const DEFAULT_NAMED_PIPE = '//./pipe/docker_engine';

const fail = (error: string): ParsedAddress => ({ ok: false, error });
const ok = (address: EngineAddress): ParsedAddress => ({ ok: true, address });

export function parseEngineUrl(raw: string): ParsedAddress {
  const value = raw.trim();
  if (value === '') return fail('it is empty');
  const sep = value.indexOf('://');
  if (sep < 0) return parseTcp(value); // the CLI reads "host:port" as tcp://host:port
  const scheme = value.slice(0, sep).toLowerCase();
  const rest = value.slice(sep + 3);
  switch (scheme) {
    case 'unix':
      return ok({ kind: 'unix', path: rest || DEFAULT_UNIX_SOCKET });
    case 'npipe':
      return parseNpipe(rest);
    case 'tcp':
      return parseTcp(rest);
    case 'ssh':
      return parseSsh(value);
    case 'http':
    case 'https':
      return fail(
        `the docker client does not take ${scheme}:// addresses; write tcp://${rest} (TLS comes from DOCKER_TLS_VERIFY)`,
      );
    default:
      return fail(
        `"${scheme}://" is not an address the docker client can dial (use unix://, npipe://, tcp:// or ssh://)`,
      );
  }
}

function parseNpipe(rest: string): ParsedAddress {
  const stripped = rest.replace(/\\/g, '/').replace(/^\/+/, '');
  if (stripped === '') return ok({ kind: 'npipe', path: DEFAULT_NAMED_PIPE });
  const path = `//${stripped}`;
  if (!/^\/\/[^/]+\/pipe\/[^/]+$/.test(path))
    return fail(`"${rest}" is not a named pipe like npipe:////./pipe/docker_engine`);
  return ok({ kind: 'npipe', path });
}

function parseTcp(rest: string): ParsedAddress {
  const withHost = rest.startsWith(':') ? `localhost${rest}` : rest;
  let url: URL;
  try {
    url = new URL(`tcp://${withHost}`);
  } catch {
    return fail(`"${rest}" is not a valid host[:port]`);
  }
  if (url.username || url.password) return fail('a tcp:// address cannot carry a user name or password');
  if ((url.pathname !== '' && url.pathname !== '/') || url.search || url.hash) {
    return fail(`unexpected path "${url.pathname}${url.search}" after the host`);
  }
  const port = parsePort(url.port);
  if (port === null) return fail(`port "${url.port}" is not between 1 and 65535`);
  return ok({ kind: 'tcp', host: unbracket(url.hostname) || 'localhost', port });
}

function parseSsh(value: string): ParsedAddress {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return fail('it is not a valid ssh://[user@]host[:port] address');
  }
  if (url.password) return fail('a password in an ssh:// address is not supported; use an ssh key or agent');
  if (!url.hostname) return fail('the ssh:// address has no host');
  if ((url.pathname !== '' && url.pathname !== '/') || url.search || url.hash) {
    return fail(`unexpected path "${url.pathname}${url.search}" after the host`);
  }
  const port = parsePort(url.port);
  if (port === null) return fail(`port "${url.port}" is not between 1 and 65535`);
  const username = url.username ? decodeURIComponent(url.username) : undefined;
  return ok({ kind: 'ssh', host: unbracket(url.hostname), port: port ?? 22, username });
}

/** undefined for no port, null for an invalid one. */
function parsePort(text: string): number | undefined | null {
  if (text === '') return undefined;
  const port = Number(text);
  return Number.isInteger(port) && port >= 1 && port <= 65535 ? port : null;
}

const unbracket = (host: string): string => host.replace(/^\[(.*)\]$/, '$1');

/** A host as it must appear in a URL (IPv6 literals in brackets). */
export const urlHost = (host: string): string => (host.includes(':') ? `[${host}]` : host);

/** Canonical address, e.g. unix:///var/run/docker.sock, npipe:////./pipe/docker_engine, tcp://h:2376, ssh://u@h. */
export function formatEngineUrl(address: EngineAddress, tcpPort = 2375): string {
  switch (address.kind) {
    case 'unix':
    case 'npipe':
      return `${address.kind}://${address.path}`;
    case 'tcp':
      return `tcp://${urlHost(address.host)}:${address.port ?? tcpPort}`;
    case 'ssh': {
      const user = address.username ? `${encodeURIComponent(address.username)}@` : '';
      return `ssh://${user}${urlHost(address.host)}${address.port === 22 ? '' : `:${address.port}`}`;
    }
  }
}

/** Where published ports appear: this machine for local sockets and pipes, the remote host otherwise. */
export function publishedHostOf(address: EngineAddress): string {
  return address.kind === 'unix' || address.kind === 'npipe' ? 'localhost' : urlHost(address.host);
}
