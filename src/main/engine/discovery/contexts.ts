/** The current Docker CLI context (DOCKER_CONTEXT, else currentContext in config.json) and its docker endpoint. */

import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { Text } from '@shared/lesson';
import { addressCandidate } from './address-candidate';
import { loadTlsDir, type TlsLoad } from './tls';
import { badConfig, type Candidate, type DiscoveryContext, type DiscoveryFs } from './types';

/** The docker CLI's configuration folder: DOCKER_CONFIG, else ~/.docker. */
export function configDir(ctx: DiscoveryContext): string {
  return ctx.env.DOCKER_CONFIG || join(ctx.home, '.docker');
}

/** Contexts are stored under the sha256 of their name, as the CLI does. */
export const contextDirName = (name: string): string => createHash('sha256').update(name).digest('hex');

type Json = { ok: true; value: unknown } | { ok: false; missing: boolean };

function readJson(fs: DiscoveryFs, path: string): Json {
  const text = fs.readFile(path);
  if (!text) return { ok: false, missing: true };
  try {
    return { ok: true, value: JSON.parse(text.toString('utf8')) as unknown };
  } catch {
    return { ok: false, missing: false };
  }
}

const field = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;

type Current = { name: string; from: string } | { error: Candidate } | undefined;

function currentContext(ctx: DiscoveryContext): Current {
  const fromEnv = ctx.env.DOCKER_CONTEXT;
  if (fromEnv) return { name: fromEnv, from: 'DOCKER_CONTEXT' };
  const path = join(configDir(ctx), 'config.json');
  const config = readJson(ctx.fs, path);
  if (!config.ok) return config.missing ? undefined : { error: brokenConfig(path) };
  const name = field(config.value, 'currentContext');
  return typeof name === 'string' && name !== '' ? { name, from: `currentContext in ${path}` } : undefined;
}

function brokenConfig(path: string): Candidate {
  return {
    endpoint: { source: 'context', label: 'Docker CLI config', url: path, publishedHost: 'localhost' },
    flavor: 'custom',
    configError: badConfig(
      {
        en: `${path} is not valid JSON, so the current context cannot be known.`,
        id: `${path} bukan JSON yang valid, sehingga context yang sedang dipakai tidak dapat diketahui.`,
      },
      { en: `Fix or remove ${path}.`, id: `Perbaiki atau hapus ${path}.` },
    ),
  };
}

/** The candidate for the current context, or undefined when it is "default" (then the known sockets are tried). */
export function contextCandidate(ctx: DiscoveryContext): Candidate | undefined {
  const current = currentContext(ctx);
  if (current === undefined) return undefined;
  if ('error' in current) return current.error;
  const { name, from } = current;
  if (name === 'default') return undefined;
  const dir = configDir(ctx);
  const sha = contextDirName(name);
  const metaPath = join(dir, 'contexts', 'meta', sha, 'meta.json');
  const label = `context ${name}`;
  const leave: Text =
    from === 'DOCKER_CONTEXT'
      ? { en: 'unset DOCKER_CONTEXT', id: 'hapus DOCKER_CONTEXT dengan unset' }
      : { en: 'run `docker context use default`', id: 'jalankan `docker context use default`' };
  const meta = readJson(ctx.fs, metaPath);
  const docker = meta.ok ? field(field(meta.value, 'Endpoints'), 'docker') : undefined;
  const host = field(docker, 'Host');
  if (typeof host !== 'string' || host === '') {
    const missing = !meta.ok && meta.missing;
    const why: Text = missing
      ? { en: 'does not exist', id: 'tidak ada' }
      : { en: 'has no usable docker endpoint', id: 'tidak memiliki endpoint docker yang dapat dipakai' };
    return {
      endpoint: { source: 'context', label, url: metaPath, publishedHost: 'localhost' },
      flavor: 'custom',
      configError: badConfig(
        {
          en: `Docker context "${name}" (from ${from}) ${why.en} (${metaPath}).`,
          id: `Docker context "${name}" (dari ${from}) ${why.id} (${metaPath}).`,
        },
        {
          en: `Run \`docker context ls\` to see your contexts, then ${leave.en} or pick one that exists.`,
          id: `Jalankan \`docker context ls\` untuk melihat context Anda, lalu ${leave.id} atau pilih yang ada.`,
        },
      ),
    };
  }
  const skipVerify = field(docker, 'SkipTLSVerify') === true;
  const tlsDir = join(dir, 'contexts', 'tls', sha, 'docker');
  return addressCandidate(
    {
      raw: host,
      source: 'context',
      label,
      setting: `Docker context "${name}"`,
      tls: () => contextTls(tlsDir, skipVerify, ctx.fs),
      fixConfig: {
        en: `Fix it with \`docker context update ${name} --docker host=...\`, or ${leave.en}.`,
        id: `Perbaiki dengan \`docker context update ${name} --docker host=...\`, atau ${leave.id}.`,
      },
      fixTls: {
        en: `Re-create its certificates with \`docker context update ${name} --docker ...,ca=...,cert=...,key=...\`, or ${leave.en}.`,
        id: `Buat ulang sertifikatnya dengan \`docker context update ${name} --docker ...,ca=...,cert=...,key=...\`, atau ${leave.id}.`,
      },
    },
    ctx,
  );
}

/** A context speaks TLS when it stores TLS files or skips verification (as the CLI decides). */
function contextTls(dir: string, skipVerify: boolean, fs: DiscoveryFs): TlsLoad | undefined {
  const any = ['ca.pem', 'cert.pem', 'key.pem'].some((f) => fs.readFile(join(dir, f)) !== undefined);
  if (!any && !skipVerify) return undefined;
  return loadTlsDir(dir, !skipVerify, fs, false);
}
