/** The current Docker CLI context (DOCKER_CONTEXT, else currentContext in config.json) and its docker endpoint. */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
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
      `${path} is not valid JSON, so the current context cannot be known.`,
      `Fix or remove ${path}.`,
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
  const leave = from === 'DOCKER_CONTEXT' ? 'unset DOCKER_CONTEXT' : 'run `docker context use default`';
  const meta = readJson(ctx.fs, metaPath);
  const docker = meta.ok ? field(field(meta.value, 'Endpoints'), 'docker') : undefined;
  const host = field(docker, 'Host');
  if (typeof host !== 'string' || host === '') {
    const why = !meta.ok && meta.missing ? 'does not exist' : 'has no usable docker endpoint';
    return {
      endpoint: { source: 'context', label, url: metaPath, publishedHost: 'localhost' },
      flavor: 'custom',
      configError: badConfig(
        `Docker context "${name}" (from ${from}) ${why} (${metaPath}).`,
        `Run \`docker context ls\` to see your contexts, then ${leave} or pick one that exists.`,
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
      fixConfig: `Fix it with \`docker context update ${name} --docker host=...\`, or ${leave}.`,
      fixTls: `Re-create its certificates with \`docker context update ${name} --docker ...,ca=...,cert=...,key=...\`, or ${leave}.`,
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
