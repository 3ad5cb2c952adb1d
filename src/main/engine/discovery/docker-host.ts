/** DOCKER_HOST (+ DOCKER_TLS_VERIFY, DOCKER_TLS, DOCKER_CERT_PATH): the engine address that beats everything else. */
import { addressCandidate } from './address-candidate';
import { configDir } from './contexts';
import { loadTlsDir, type TlsLoad } from './tls';
import type { Candidate, DiscoveryContext } from './types';

export function dockerHostCandidate(ctx: DiscoveryContext): Candidate | undefined {
  const raw = ctx.env.DOCKER_HOST;
  if (raw === undefined || raw.trim() === '') return undefined;
  const unset = ctx.platform === 'win32' ? 'Remove-Item Env:DOCKER_HOST' : 'unset DOCKER_HOST';
  return addressCandidate(
    {
      raw,
      source: 'DOCKER_HOST',
      label: 'DOCKER_HOST',
      setting: 'DOCKER_HOST',
      tls: () => tlsFromEnv(ctx),
      fixConfig: {
        en: `Set DOCKER_HOST to an address like unix:///var/run/docker.sock, npipe:////./pipe/docker_engine, tcp://host:2376 or ssh://user@host, or remove it (\`${unset}\`) to use the local engine.`,
        id: `Atur DOCKER_HOST ke alamat seperti unix:///var/run/docker.sock, npipe:////./pipe/docker_engine, tcp://host:2376 atau ssh://user@host, atau hapus (\`${unset}\`) untuk memakai engine lokal.`,
      },
      fixTls: {
        en: `Point DOCKER_CERT_PATH at the folder holding ca.pem, cert.pem and key.pem (default ${configDir(ctx)}), or unset DOCKER_TLS_VERIFY if the engine does not use TLS.`,
        id: `Arahkan DOCKER_CERT_PATH ke folder berisi ca.pem, cert.pem dan key.pem (bawaannya ${configDir(ctx)}), atau hapus DOCKER_TLS_VERIFY jika engine tidak memakai TLS.`,
      },
    },
    ctx,
  );
}

/**
 * TLS as the docker CLI decides it: any non-empty DOCKER_TLS_VERIFY (even "0") turns on TLS with verification;
 * DOCKER_TLS alone turns on TLS without verification. Certificates come from DOCKER_CERT_PATH, else the config dir.
 */
export function tlsFromEnv(ctx: DiscoveryContext): TlsLoad | undefined {
  const verify = Boolean(ctx.env.DOCKER_TLS_VERIFY);
  if (!verify && !ctx.env.DOCKER_TLS) return undefined;
  const dir = ctx.env.DOCKER_CERT_PATH || configDir(ctx);
  return loadTlsDir(dir, verify, ctx.fs, verify);
}
