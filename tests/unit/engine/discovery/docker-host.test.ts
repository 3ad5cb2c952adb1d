import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dockerHostCandidate } from '../../../../src/main/engine/discovery/docker-host';
import { resolveOptions } from '../../../../src/main/engine/discovery/types';
import { tempDir } from './fake-engine';

const PEM = (what: string) => `-----BEGIN ${what}-----\nTUlJQmZha2U=\n-----END ${what}-----\n`;

describe('dockerHostCandidate', () => {
  const tmp = tempDir();
  afterAll(tmp.cleanup);
  const ctx = (env: NodeJS.ProcessEnv, platform: NodeJS.Platform = 'linux') =>
    resolveOptions({ env, platform, home: join(tmp.dir, 'home') });

  it('is absent without DOCKER_HOST (or with an empty one)', () => {
    expect(dockerHostCandidate(ctx({}))).toBeUndefined();
    expect(dockerHostCandidate(ctx({ DOCKER_HOST: ' ' }))).toBeUndefined();
  });

  it('unix socket: local, published on localhost', () => {
    const c = dockerHostCandidate(ctx({ DOCKER_HOST: 'unix:///home/me/.colima/default/docker.sock' }));
    expect(c?.endpoint).toEqual({
      source: 'DOCKER_HOST',
      label: 'DOCKER_HOST',
      url: 'unix:///home/me/.colima/default/docker.sock',
      publishedHost: 'localhost',
    });
    expect(c?.flavor).toBe('colima');
    expect(c?.transport).toEqual({ kind: 'unix', path: '/home/me/.colima/default/docker.sock' });
  });

  it('plain tcp: no TLS, port 2375 by default, published on the remote host', () => {
    const c = dockerHostCandidate(ctx({ DOCKER_HOST: 'tcp://docker.lan' }));
    expect(c?.transport).toEqual({ kind: 'tcp', host: 'docker.lan', port: 2375 });
    expect(c?.endpoint.publishedHost).toBe('docker.lan');
    expect(c?.flavor).toBe('remote');
  });

  it('DOCKER_TLS_VERIFY reads ca/cert/key from DOCKER_CERT_PATH', () => {
    const certs = join(tmp.dir, 'certs');
    mkdirSync(certs, { recursive: true });
    writeFileSync(join(certs, 'ca.pem'), PEM('CERTIFICATE'));
    writeFileSync(join(certs, 'cert.pem'), PEM('CERTIFICATE'));
    writeFileSync(join(certs, 'key.pem'), PEM('RSA PRIVATE KEY'));
    const c = dockerHostCandidate(
      ctx({ DOCKER_HOST: 'tcp://h:2376', DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: certs }),
    );
    if (c?.transport?.kind !== 'tcp') throw new Error('expected tcp');
    expect(c.transport.tls?.verify).toBe(true);
    expect(c.transport.tls?.ca?.toString()).toContain('BEGIN CERTIFICATE');
    expect(c.transport.tls?.key?.toString()).toContain('RSA PRIVATE KEY');
    expect(c.endpoint.url).toBe('tcp://h:2376');
  });

  it('DOCKER_CERT_PATH defaults to ~/.docker (or DOCKER_CONFIG)', () => {
    const dotDocker = join(tmp.dir, 'home', '.docker');
    mkdirSync(dotDocker, { recursive: true });
    writeFileSync(join(dotDocker, 'ca.pem'), PEM('CERTIFICATE'));
    const c = dockerHostCandidate(ctx({ DOCKER_HOST: 'tcp://h:2376', DOCKER_TLS_VERIFY: '1' }));
    expect(c?.transport?.kind === 'tcp' && c.transport.tls?.ca?.toString()).toContain('CERTIFICATE');
    expect(c?.transport?.kind === 'tcp' && c.transport.tls?.cert).toBeUndefined();
  });

  it('DOCKER_TLS_VERIFY with a missing ca.pem is BAD_CONFIG', () => {
    const c = dockerHostCandidate(
      ctx({ DOCKER_HOST: 'tcp://h:2376', DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: '/nope' }),
    );
    expect(c?.configError?.code).toBe('BAD_CONFIG');
    expect(c?.configError?.message).toContain('/nope/ca.pem');
    expect(c?.configError?.fix).toContain('DOCKER_CERT_PATH');
  });

  it('a cert without its key is BAD_CONFIG', () => {
    const dir = join(tmp.dir, 'halfpair');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'ca.pem'), PEM('CERTIFICATE'));
    writeFileSync(join(dir, 'cert.pem'), PEM('CERTIFICATE'));
    const c = dockerHostCandidate(ctx({ DOCKER_HOST: 'tcp://h:2376', DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: dir }));
    expect(c?.configError?.message).toMatch(/no matching key\.pem/);
  });

  it('DOCKER_TLS alone: TLS without verification, files optional', () => {
    const c = dockerHostCandidate(ctx({ DOCKER_HOST: 'tcp://h:2376', DOCKER_TLS: '1', DOCKER_CERT_PATH: '/nope' }));
    expect(c?.transport).toEqual({ kind: 'tcp', host: 'h', port: 2376, tls: { verify: false } });
  });

  it('TLS variables do not apply to unix or ssh', () => {
    const c = dockerHostCandidate(
      ctx({ DOCKER_HOST: 'unix:///x.sock', DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: '/nope' }),
    );
    expect(c?.configError).toBeUndefined();
  });

  it('ssh: user and agent from the environment, published on the remote host', () => {
    const c = dockerHostCandidate(
      ctx({ DOCKER_HOST: 'ssh://builder.lan:2222', USER: 'ann', SSH_AUTH_SOCK: '/tmp/agent.sock' }),
    );
    expect(c?.transport).toEqual({
      kind: 'ssh',
      host: 'builder.lan',
      port: 2222,
      auth: { username: 'ann', agent: '/tmp/agent.sock' },
    });
    expect(c?.endpoint).toMatchObject({ url: 'ssh://builder.lan:2222', publishedHost: 'builder.lan' });
  });

  it('ssh: an unencrypted default key is offered, an encrypted one is not', () => {
    const ssh = join(tmp.dir, 'home', '.ssh');
    mkdirSync(ssh, { recursive: true });
    writeFileSync(join(ssh, 'id_ed25519'), `${PEM('ENCRYPTED PRIVATE KEY')}`);
    writeFileSync(join(ssh, 'id_rsa'), PEM('RSA PRIVATE KEY'));
    const c = dockerHostCandidate(ctx({ DOCKER_HOST: 'ssh://me@h' }, 'win32'));
    if (c?.transport?.kind !== 'ssh') throw new Error('expected ssh');
    expect(c.transport.auth.username).toBe('me');
    expect(c.transport.auth.privateKey?.toString()).toContain('RSA PRIVATE KEY');
    expect(c.transport.auth.agent).toBe('\\\\.\\pipe\\openssh-ssh-agent');
  });

  it.each(['ftp://x', 'tcp://h:70000', 'ssh://u:p@h'])(
    'malformed %s is a BAD_CONFIG candidate, never dialled',
    (raw) => {
      const c = dockerHostCandidate(ctx({ DOCKER_HOST: raw }));
      expect(c?.transport).toBeUndefined();
      expect(c?.configError?.code).toBe('BAD_CONFIG');
      expect(c?.configError?.message).toContain(raw);
      expect(c?.configError?.fix).toContain('unset DOCKER_HOST');
    },
  );

  it('the windows fix says how to remove the variable in PowerShell', () => {
    expect(dockerHostCandidate(ctx({ DOCKER_HOST: 'nope://' }, 'win32'))?.configError?.fix).toContain(
      'Remove-Item Env:DOCKER_HOST',
    );
  });
});
