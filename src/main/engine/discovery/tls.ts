/** TLS material for tcp engines: ca.pem, cert.pem, key.pem from DOCKER_CERT_PATH or a context's tls folder. */
import { join } from 'node:path';
import type { Text } from '@shared/lesson';
import type { DiscoveryFs, TlsMaterial } from './types';

export type TlsLoad = { ok: true; tls: TlsMaterial } | { ok: false; problem: Text };

const unpaired = (path: string, partner: string): Text => ({
  en: `${path} has no matching ${partner}`,
  id: `${path} tidak memiliki pasangan ${partner}`,
});

/**
 * Reads the three files from `dir`. With `requireCa` (DOCKER_TLS_VERIFY) a missing ca.pem is an error;
 * cert.pem and key.pem are optional (as in the CLI) but must come as a pair.
 */
export function loadTlsDir(dir: string, verify: boolean, fs: DiscoveryFs, requireCa: boolean): TlsLoad {
  const ca = fs.readFile(join(dir, 'ca.pem'));
  const cert = fs.readFile(join(dir, 'cert.pem'));
  const key = fs.readFile(join(dir, 'key.pem'));
  const file = (name: string) => join(dir, name);
  if (requireCa && !ca)
    return {
      ok: false,
      problem: { en: `${file('ca.pem')} cannot be read`, id: `${file('ca.pem')} tidak dapat dibaca` },
    };
  if (cert && !key) return { ok: false, problem: unpaired(file('cert.pem'), 'key.pem') };
  if (key && !cert) return { ok: false, problem: unpaired(file('key.pem'), 'cert.pem') };
  const tls: TlsMaterial = { verify };
  if (ca) tls.ca = ca;
  if (cert && key) {
    tls.cert = cert;
    tls.key = key;
  }
  return { ok: true, tls };
}
