import { describe, expect, it } from 'vitest';
import { formatEngineUrl, parseEngineUrl, publishedHostOf } from '../../../../src/main/engine/discovery/engine-url';
import { isEncryptedKey } from '../../../../src/main/engine/discovery/ssh-auth';

const PEM = (what: string) => `-----BEGIN ${what}-----\nTUlJQmZha2U=\n-----END ${what}-----\n`;

describe('parseEngineUrl', () => {
  it.each([
    ['unix:///var/run/docker.sock', { kind: 'unix', path: '/var/run/docker.sock' }],
    ['unix://', { kind: 'unix', path: '/var/run/docker.sock' }],
    ['  unix:///run/user/1000/docker.sock ', { kind: 'unix', path: '/run/user/1000/docker.sock' }],
    ['npipe:////./pipe/docker_engine', { kind: 'npipe', path: '//./pipe/docker_engine' }],
    ['npipe://', { kind: 'npipe', path: '//./pipe/docker_engine' }],
    ['npipe://\\\\.\\pipe\\dockerDesktopLinuxEngine', { kind: 'npipe', path: '//./pipe/dockerDesktopLinuxEngine' }],
    ['tcp://192.168.1.5:2376', { kind: 'tcp', host: '192.168.1.5', port: 2376 }],
    ['tcp://docker.example.com', { kind: 'tcp', host: 'docker.example.com', port: undefined }],
    ['tcp://[::1]:2375', { kind: 'tcp', host: '::1', port: 2375 }],
    ['tcp://:2375', { kind: 'tcp', host: 'localhost', port: 2375 }],
    ['tcp://h:2375/', { kind: 'tcp', host: 'h', port: 2375 }],
    ['myhost:2375', { kind: 'tcp', host: 'myhost', port: 2375 }],
    ['ssh://me@build.example.com', { kind: 'ssh', host: 'build.example.com', port: 22, username: 'me' }],
    ['ssh://me@build.example.com:2222', { kind: 'ssh', host: 'build.example.com', port: 2222, username: 'me' }],
    ['ssh://host', { kind: 'ssh', host: 'host', port: 22, username: undefined }],
  ])('%s', (raw, address) => {
    expect(parseEngineUrl(raw)).toEqual({ ok: true, address });
  });

  it.each([
    ['', /empty/],
    ['   ', /empty/],
    ['http://localhost:2375', /tcp:\/\/localhost:2375/],
    ['https://h:2376', /tcp:\/\//],
    ['fd://', /not an address/],
    ['ftp://x', /not an address/],
    ['tcp://h:99999', /not a valid host/],
    ['tcp://h:0', /port "0"/],
    ['tcp://h:abc', /not a valid host/],
    ['tcp://user@h:2375', /user name/],
    ['tcp://h:2375/v1.41', /unexpected path/],
    ['ssh://me:secret@h', /password/],
    ['ssh://me@h/some/path', /unexpected path/],
    ['ssh://', /ssh/],
    ['npipe://docker_engine', /named pipe/],
  ])('rejects %j', (raw, error) => {
    const parsed = parseEngineUrl(raw);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(error);
  });

  it('formats canonical urls and published hosts', () => {
    const cases: [string, string, string][] = [
      ['unix:///var/run/docker.sock', 'unix:///var/run/docker.sock', 'localhost'],
      ['npipe:////./pipe/docker_engine', 'npipe:////./pipe/docker_engine', 'localhost'],
      ['tcp://10.0.0.2', 'tcp://10.0.0.2:2375', '10.0.0.2'],
      ['tcp://[::1]:2376', 'tcp://[::1]:2376', '[::1]'],
      ['ssh://me@box:22', 'ssh://me@box', 'box'],
      ['ssh://me@box:2222', 'ssh://me@box:2222', 'box'],
    ];
    for (const [raw, url, published] of cases) {
      const parsed = parseEngineUrl(raw);
      if (!parsed.ok) throw new Error(parsed.error);
      expect(formatEngineUrl(parsed.address)).toBe(url);
      expect(publishedHostOf(parsed.address)).toBe(published);
    }
  });
});

describe('isEncryptedKey', () => {
  const openssh = (cipher: string) => {
    const magic = Buffer.from('openssh-key-v1\0', 'latin1');
    const len = Buffer.alloc(4);
    len.writeUInt32BE(cipher.length);
    const body = Buffer.concat([magic, len, Buffer.from(cipher)]).toString('base64');
    return `-----BEGIN OPENSSH PRIVATE KEY-----\n${body}\n-----END OPENSSH PRIVATE KEY-----\n`;
  };
  it('reads the cipher of OpenSSH keys and the markers of PEM keys', () => {
    expect(isEncryptedKey(openssh('none'))).toBe(false);
    expect(isEncryptedKey(openssh('aes256-ctr'))).toBe(true);
    expect(isEncryptedKey('-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\n')).toBe(true);
    expect(isEncryptedKey(PEM('RSA PRIVATE KEY'))).toBe(false);
  });
});
