import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { planCandidates } from '../../../../src/main/engine/discovery/candidates';
import { contextCandidate } from '../../../../src/main/engine/discovery/contexts';
import { resolveOptions } from '../../../../src/main/engine/discovery/types';
import { tempDir } from './fake-engine';

const tmp = tempDir();
afterAll(tmp.cleanup);

let n = 0;
/** A fresh docker config dir holding the given contexts, like `docker context create` leaves it. */
function dockerConfig(opts: {
  current?: string;
  contexts?: Record<string, { host: string; skipTls?: boolean; tls?: string[] }>;
  rawConfig?: string;
}): string {
  const dir = join(tmp.dir, `cfg${n++}`);
  mkdirSync(dir, { recursive: true });
  const config =
    opts.rawConfig ?? JSON.stringify({ auths: {}, ...(opts.current ? { currentContext: opts.current } : {}) });
  writeFileSync(join(dir, 'config.json'), config);
  for (const [name, ctx] of Object.entries(opts.contexts ?? {})) {
    const sha = createHash('sha256').update(name).digest('hex');
    const meta = join(dir, 'contexts', 'meta', sha);
    mkdirSync(meta, { recursive: true });
    const endpoint = { Host: ctx.host, SkipTLSVerify: ctx.skipTls ?? false };
    writeFileSync(
      join(meta, 'meta.json'),
      JSON.stringify({ Name: name, Metadata: {}, Endpoints: { docker: endpoint } }),
    );
    if (ctx.tls) {
      const tlsDir = join(dir, 'contexts', 'tls', sha, 'docker');
      mkdirSync(tlsDir, { recursive: true });
      for (const f of ctx.tls) writeFileSync(join(tlsDir, f), `-----BEGIN X-----\n${f}\n-----END X-----\n`);
    }
  }
  return dir;
}

const ctxFor = (env: NodeJS.ProcessEnv, platform: NodeJS.Platform = 'darwin') =>
  resolveOptions({ env, platform, home: join(tmp.dir, 'home') });

describe('contextCandidate', () => {
  it('follows currentContext in config.json to the meta.json under sha256(name)', () => {
    const home = join(tmp.dir, 'home');
    const dir = dockerConfig({
      current: 'colima',
      contexts: { colima: { host: `unix://${home}/.colima/default/docker.sock` } },
    });
    const c = contextCandidate(ctxFor({ DOCKER_CONFIG: dir }));
    expect(c?.endpoint).toEqual({
      source: 'context',
      label: 'context colima',
      url: `unix://${home}/.colima/default/docker.sock`,
      publishedHost: 'localhost',
    });
    expect(c?.flavor).toBe('colima');
  });

  it('uses ~/.docker when DOCKER_CONFIG is unset', () => {
    const homeDir = join(tmp.dir, 'realhome');
    mkdirSync(homeDir, { recursive: true });
    const env = {};
    expect(contextCandidate(resolveOptions({ env, platform: 'darwin', home: homeDir }))).toBeUndefined();
    const dir = dockerConfig({
      current: 'orb',
      contexts: { orb: { host: 'unix:///Users/me/.orbstack/run/docker.sock' } },
    });
    renameSync(dir, join(homeDir, '.docker'));
    expect(contextCandidate(resolveOptions({ env, platform: 'darwin', home: homeDir }))?.flavor).toBe('orbstack');
  });

  it('DOCKER_CONTEXT beats currentContext', () => {
    const dir = dockerConfig({
      current: 'colima',
      contexts: { colima: { host: 'unix:///c.sock' }, remote: { host: 'ssh://me@box' } },
    });
    const c = contextCandidate(ctxFor({ DOCKER_CONFIG: dir, DOCKER_CONTEXT: 'remote', USER: 'x' }));
    expect(c?.endpoint).toMatchObject({ label: 'context remote', url: 'ssh://me@box', publishedHost: 'box' });
  });

  it('"default" (or no current context, or no config.json) means: go to the sockets', () => {
    const dir = dockerConfig({ current: 'default' });
    expect(contextCandidate(ctxFor({ DOCKER_CONFIG: dir }))).toBeUndefined();
    expect(contextCandidate(ctxFor({ DOCKER_CONFIG: dockerConfig({}) }))).toBeUndefined();
    expect(contextCandidate(ctxFor({ DOCKER_CONFIG: join(tmp.dir, 'missing') }))).toBeUndefined();
    expect(
      contextCandidate(ctxFor({ DOCKER_CONFIG: dockerConfig({ current: 'x' }), DOCKER_CONTEXT: 'default' })),
    ).toBeUndefined();
  });

  it('an unknown context is BAD_CONFIG with `docker context ls` advice', () => {
    const dir = dockerConfig({ current: 'gone' });
    const c = contextCandidate(ctxFor({ DOCKER_CONFIG: dir }));
    expect(c?.configError?.code).toBe('BAD_CONFIG');
    expect(c?.configError?.message).toMatch(/"gone".*does not exist/);
    expect(c?.configError?.fix).toContain('docker context use default');
    const viaEnv = contextCandidate(ctxFor({ DOCKER_CONFIG: dir, DOCKER_CONTEXT: 'nope' }));
    expect(viaEnv?.configError?.fix).toContain('unset DOCKER_CONTEXT');
  });

  it('an invalid config.json is BAD_CONFIG', () => {
    const c = contextCandidate(ctxFor({ DOCKER_CONFIG: dockerConfig({ rawConfig: '{ nope' }) }));
    expect(c?.configError?.code).toBe('BAD_CONFIG');
    expect(c?.configError?.message).toContain('not valid JSON');
  });

  it('a context with a malformed host is BAD_CONFIG', () => {
    const dir = dockerConfig({ current: 'bad', contexts: { bad: { host: 'tcp://h:99999' } } });
    expect(contextCandidate(ctxFor({ DOCKER_CONFIG: dir }))?.configError?.message).toMatch(/Docker context "bad"/);
  });

  it('tcp context with TLS files: verified TLS; SkipTLSVerify turns verification off', () => {
    const dir = dockerConfig({
      current: 'secure',
      contexts: {
        secure: { host: 'tcp://10.0.0.9:2376', tls: ['ca.pem', 'cert.pem', 'key.pem'] },
        lax: { host: 'tcp://10.0.0.9:2376', skipTls: true },
        plain: { host: 'tcp://10.0.0.9:2375' },
      },
    });
    const secure = contextCandidate(ctxFor({ DOCKER_CONFIG: dir }));
    if (secure?.transport?.kind !== 'tcp') throw new Error('expected tcp');
    expect(secure.transport.tls?.verify).toBe(true);
    expect(secure.transport.tls?.cert?.toString()).toContain('cert.pem');
    expect(secure.endpoint.publishedHost).toBe('10.0.0.9');
    const lax = contextCandidate(ctxFor({ DOCKER_CONFIG: dir, DOCKER_CONTEXT: 'lax' }));
    expect(lax?.transport).toEqual({ kind: 'tcp', host: '10.0.0.9', port: 2376, tls: { verify: false } });
    const plain = contextCandidate(ctxFor({ DOCKER_CONFIG: dir, DOCKER_CONTEXT: 'plain' }));
    expect(plain?.transport).toEqual({ kind: 'tcp', host: '10.0.0.9', port: 2375 });
  });
});

describe('precedence', () => {
  it('DOCKER_HOST beats the context; the context beats the sockets', () => {
    const dir = dockerConfig({ current: 'colima', contexts: { colima: { host: 'unix:///c.sock' } } });
    const withHost = planCandidates(ctxFor({ DOCKER_CONFIG: dir, DOCKER_HOST: 'tcp://h:2375' }));
    expect(withHost.primary?.endpoint.source).toBe('DOCKER_HOST');
    const withContext = planCandidates(ctxFor({ DOCKER_CONFIG: dir }));
    expect(withContext.primary?.endpoint).toMatchObject({ source: 'context', url: 'unix:///c.sock' });
    expect(withContext.sockets.length).toBeGreaterThan(0);
  });
});
