/** Credentials for ssh:// engines: the ssh agent first, else an unencrypted default key, like `ssh` would try. */
import { join } from 'node:path';
import type { DiscoveryContext, SshAuth } from './types';

const DEFAULT_KEYS = ['id_ed25519', 'id_ecdsa', 'id_rsa'];
const WINDOWS_AGENT_PIPE = '\\\\.\\pipe\\openssh-ssh-agent';

export function sshAuthFor(username: string | undefined, ctx: DiscoveryContext): SshAuth {
  const auth: SshAuth = { username: username ?? localUser(ctx) };
  const agent = ctx.env.SSH_AUTH_SOCK || (ctx.platform === 'win32' ? WINDOWS_AGENT_PIPE : undefined);
  if (agent) auth.agent = agent;
  const key = defaultKey(ctx);
  if (key) auth.privateKey = key;
  return auth;
}

function localUser(ctx: DiscoveryContext): string {
  return ctx.env.USER || ctx.env.LOGNAME || ctx.env.USERNAME || 'root';
}

function defaultKey(ctx: DiscoveryContext): Buffer | undefined {
  for (const name of DEFAULT_KEYS) {
    const key = ctx.fs.readFile(join(ctx.home, '.ssh', name));
    if (key && !isEncryptedKey(key.toString('utf8'))) return key;
  }
  return undefined;
}

/** Encrypted keys would need a passphrase prompt we cannot show: leave them to the agent. */
export function isEncryptedKey(pem: string): boolean {
  if (/ENCRYPTED/.test(pem)) return true; // PKCS#8 "BEGIN ENCRYPTED PRIVATE KEY" or PEM "Proc-Type: 4,ENCRYPTED"
  const body = /-----BEGIN OPENSSH PRIVATE KEY-----([\s\S]*?)-----END OPENSSH PRIVATE KEY-----/.exec(pem)?.[1];
  if (!body) return false;
  const raw = Buffer.from(body.replace(/\s+/g, ''), 'base64');
  const magic = 'openssh-key-v1\0';
  if (raw.length < magic.length + 4 || raw.toString('latin1', 0, magic.length) !== magic) return true;
  const cipherLength = raw.readUInt32BE(magic.length);
  const cipher = raw.toString('latin1', magic.length + 4, magic.length + 4 + cipherLength);
  return cipher !== 'none';
}
