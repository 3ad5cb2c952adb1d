// followLogs against an HTTP server on a unix socket that plays an engine ending a follow early (as
// Docker 20.10 does for a container that wrote fast and exited): the lines after the last one read are
// read once more, without following, so the follower gets the whole log and then its end.
import { once } from 'node:events';
import http from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { followLogs, type LogEntry, sinceAfter } from '../../../src/main/engine/logs-follow';
import type { EngineClient } from '../../../src/main/engine/transport/client';
import { clientAt } from '../engine-at';
import { tempDir } from './discovery/fake-engine';

const dir = tempDir();
const socketPath = `${dir.dir}/engine.sock`;
const stamp = (n: number) => `2026-11-30T10:00:00.${String(n).padStart(9, '0')}Z`;
const logLines = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `${stamp(from + i)} line ${from + i}\n`).join('');

/** What the fake engine answers to a logs request (a TTY container: one raw stream). */
let answer: (query: URLSearchParams, res: http.ServerResponse) => void;
const asked: string[] = [];
let server: http.Server;
let client: EngineClient;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://engine');
    if (url.pathname.endsWith('/json')) return res.writeHead(200).end(JSON.stringify({ Config: { Tty: true } }));
    asked.push(url.search);
    answer(url.searchParams, res);
  });
  server.listen(socketPath);
  await once(server, 'listening');
});
afterEach(() => {
  client?.close();
  asked.length = 0;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
  dir.cleanup();
});

function follow(options: { tail?: number; after?: string } = {}) {
  client = clientAt(socketPath);
  const entries: LogEntry[] = [];
  const end = new Promise<Error | undefined>((resolve) => {
    void followLogs(client, 'c1', (entry) => entries.push(entry), { ...options, onEnd: resolve });
  });
  return { entries, end };
}

describe('followLogs', () => {
  it('reads on after a follow the engine ended early, from the last line read, without following', async () => {
    answer = (query, res) => {
      if (query.get('follow') === 'true') return res.writeHead(200).end(logLines(1, 3)); // ended early
      expect(query.get('since')).toBe(sinceAfter(stamp(3)));
      res.writeHead(200).end(logLines(4, 6));
    };
    const { entries, end } = follow({ tail: 10 });
    expect(await end).toBeUndefined();
    expect(entries.map((e) => e.text)).toEqual(['line 1', 'line 2', 'line 3', 'line 4', 'line 5', 'line 6']);
    expect(entries[5]?.time).toBe(stamp(6));
    expect(asked).toHaveLength(2);
    expect(asked[0]).toContain('tail=10');
    expect(asked[1]).not.toContain('tail=');
  });

  it('a follow that read nothing reads again with its own tail or start', async () => {
    answer = (query, res) => res.writeHead(200).end(query.get('follow') === 'true' ? '' : logLines(7, 7));
    const fromTail = follow({ tail: 2 });
    expect(await fromTail.end).toBeUndefined();
    expect(fromTail.entries.map((e) => e.text)).toEqual(['line 7']);
    expect(asked[1]).toContain('tail=2');
    client.close();
    asked.length = 0;

    const after = follow({ after: stamp(6) });
    await after.end;
    expect(asked.map((q) => new URLSearchParams(q).get('since'))).toEqual([sinceAfter(stamp(6)), sinceAfter(stamp(6))]);
  });

  it('ends with the error when the read after the follow fails', async () => {
    answer = (query, res) => {
      if (query.get('follow') === 'true') return res.writeHead(200).end(logLines(1, 1));
      res.writeHead(500, { 'Content-Type': 'application/json' }).end('{"message":"engine broke"}');
    };
    const { entries, end } = follow();
    expect((await end)?.message).toContain('engine broke');
    expect(entries.map((e) => e.text)).toEqual(['line 1']);
  });
});
