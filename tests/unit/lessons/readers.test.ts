import { describe, expect, it } from 'vitest';
import { envOf, linkPrefix } from '../../../src/main/lessons/checks/state';
import { withTag } from '../../../src/main/lessons/execute/images';
import { screenText } from '../../../src/main/lessons/execute/terminal-text';

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

  it('shows a TTY transcript as the screen would: redraws, erases and colours applied', () => {
    const typed =
      '\x1b[6nredis:6379> \rredis:6379> K\x1b[0K\x1b[13G\rredis:6379> KE\x1b[2mYS pattern\x1b[0m\x1b[0K\x1b[14G';
    const entered = '\rredis:6379> KEYS *\x1b[0K\x1b[19G\r\n1) "ip"\r\n2) "requests"\r\n';
    expect(screenText(typed + entered)).toBe('redis:6379> KEYS *\n1) "ip"\n2) "requests"\n');
  });

  it('adds :latest like the CLI', () => {
    expect(withTag('redis')).toBe('redis:latest');
    expect(withTag('127.0.0.1:5055/lessons/alpine')).toBe('127.0.0.1:5055/lessons/alpine:latest');
    expect(withTag('node:22-alpine')).toBe('node:22-alpine');
    expect(withTag('alpine@sha256:abc')).toBe('alpine@sha256:abc');
  });
});
