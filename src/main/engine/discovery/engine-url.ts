/** Engine addresses as the docker CLI reads them: unix://, npipe://, tcp://, ssh://, and bare host:port (tcp). */
import type { Text } from '@shared/lesson';

export type EngineAddress =
  | { kind: 'unix'; path: string }
  | { kind: 'npipe'; path: string }
  /** port is undefined when the address has none: the default depends on TLS (2375 plain, 2376 TLS). */
  | { kind: 'tcp'; host: string; port?: number }
  | { kind: 'ssh'; host: string; port: number; username?: string };

/** A refused address says why in English (`error`) and in every language (`errorText`). */
export type ParsedAddress = { ok: true; address: EngineAddress } | { ok: false; error: string; errorText: Text };

export const DEFAULT_UNIX_SOCKET = '/var/run/docker.sock';
export const DEFAULT_NAMED_PIPE = '//./pipe/docker_engine';

const fail = (errorText: Text): ParsedAddress => ({ ok: false, error: errorText.en, errorText });
const ok = (address: EngineAddress): ParsedAddress => ({ ok: true, address });

const unexpectedPath = (path: string): Text => ({
  en: `unexpected path "${path}" after the host`,
  id: `ada path "${path}" yang tidak semestinya setelah host`,
});
const badPort = (port: string): Text => ({
  en: `port "${port}" is not between 1 and 65535`,
  id: `port "${port}" tidak berada di antara 1 dan 65535`,
});

export function parseEngineUrl(raw: string): ParsedAddress {
  const value = raw.trim();
  if (value === '') return fail({ en: 'it is empty', id: 'isinya kosong' });
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
      return fail({
        en: `the docker client does not take ${scheme}:// addresses; write tcp://${rest} (TLS comes from DOCKER_TLS_VERIFY)`,
        id: `docker client tidak menerima alamat ${scheme}://; tulis tcp://${rest} (TLS diatur lewat DOCKER_TLS_VERIFY)`,
      });
    default:
      return fail({
        en: `"${scheme}://" is not an address the docker client can dial (use unix://, npipe://, tcp:// or ssh://)`,
        id: `"${scheme}://" bukan alamat yang dapat dihubungi docker client (gunakan unix://, npipe://, tcp:// atau ssh://)`,
      });
  }
}

function parseNpipe(rest: string): ParsedAddress {
  const stripped = rest.replace(/\\/g, '/').replace(/^\/+/, '');
  if (stripped === '') return ok({ kind: 'npipe', path: DEFAULT_NAMED_PIPE });
  const path = `//${stripped}`;
  if (!/^\/\/[^/]+\/pipe\/[^/]+$/.test(path))
    return fail({
      en: `"${rest}" is not a named pipe like npipe:////./pipe/docker_engine`,
      id: `"${rest}" bukan named pipe seperti npipe:////./pipe/docker_engine`,
    });
  return ok({ kind: 'npipe', path });
}

function parseTcp(rest: string): ParsedAddress {
  const withHost = rest.startsWith(':') ? `localhost${rest}` : rest;
  let url: URL;
  try {
    url = new URL(`tcp://${withHost}`);
  } catch {
    return fail({ en: `"${rest}" is not a valid host[:port]`, id: `"${rest}" bukan host[:port] yang valid` });
  }
  if (url.username || url.password)
    return fail({
      en: 'a tcp:// address cannot carry a user name or password',
      id: 'alamat tcp:// tidak boleh memuat nama pengguna atau kata sandi',
    });
  if ((url.pathname !== '' && url.pathname !== '/') || url.search || url.hash) {
    return fail(unexpectedPath(`${url.pathname}${url.search}`));
  }
  const port = parsePort(url.port);
  if (port === null) return fail(badPort(url.port));
  return ok({ kind: 'tcp', host: unbracket(url.hostname) || 'localhost', port });
}

function parseSsh(value: string): ParsedAddress {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return fail({
      en: 'it is not a valid ssh://[user@]host[:port] address',
      id: 'ini bukan alamat ssh://[user@]host[:port] yang valid',
    });
  }
  if (url.password)
    return fail({
      en: 'a password in an ssh:// address is not supported; use an ssh key or agent',
      id: 'kata sandi di alamat ssh:// tidak didukung; gunakan kunci ssh atau agent',
    });
  if (!url.hostname) return fail({ en: 'the ssh:// address has no host', id: 'alamat ssh:// tidak memiliki host' });
  if ((url.pathname !== '' && url.pathname !== '/') || url.search || url.hash) {
    return fail(unexpectedPath(`${url.pathname}${url.search}`));
  }
  const port = parsePort(url.port);
  if (port === null) return fail(badPort(url.port));
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
