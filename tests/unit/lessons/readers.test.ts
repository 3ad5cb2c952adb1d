import { describe, expect, it } from 'vitest';
import { envOf, linkPrefix } from '../../../src/main/lessons/checks/state';
import { plainText } from '../../../src/main/lessons/execute/drive-tty';
import { withTag } from '../../../src/main/lessons/execute/images';

describe('readers of command output', () => {
  it('reads env output, values with = included', () => {
    const env = envOf('PATH=/bin\nREDIS_PORT=tcp://172.17.0.2:6379\nA=b=c\n');
    expect(env.get('REDIS_PORT')).toBe('tcp://172.17.0.2:6379');
    expect(env.get('A')).toBe('b=c');
  });

  it('derives the link variable prefix like Docker', () => {
    expect(linkPrefix('redis')).toBe('REDIS');
    expect(linkPrefix('redis-db.1')).toBe('REDIS_DB_1');
  });

  it('strips terminal control sequences from a TTY transcript', () => {
    expect(plainText('\x1b[6nredis:6379> \x1b[0K\x1b[14GKEYS *\r\n1) "ip"\r\n')).toBe('redis:6379> KEYS *\n1) "ip"\n');
  });

  it('adds :latest like the CLI', () => {
    expect(withTag('redis')).toBe('redis:latest');
    expect(withTag('127.0.0.1:5055/lessons/alpine')).toBe('127.0.0.1:5055/lessons/alpine:latest');
    expect(withTag('node:22-alpine')).toBe('node:22-alpine');
    expect(withTag('alpine@sha256:abc')).toBe('alpine@sha256:abc');
  });
});
