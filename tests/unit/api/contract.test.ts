// The contract refuses what it does not define: malformed messages, unknown operations, bad input and
// a wrong token get clear errors and reach nothing behind them. Real services, with the engine pointed
// at a socket where nothing listens.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { MAX_PAGES } from '../../../src/main/api/wires/websocket';
import { startWebServer, type WebServer } from '../../../src/main/web/server';
import type { ServerMessage } from '../../../src/shared/contract';
import { exchange as exchangeOnce } from '../../contract-calls';
import { offlineServicesForThisFile } from './offline-services';

const services = offlineServicesForThisFile();

const exchange = (raw: unknown) => exchangeOnce(services(), raw);

describe('router', () => {
  it.each([
    ['not an object', 'hello'],
    ['no type', { id: 1, op: 'engine.status' }],
    ['unknown type', { t: 'exec', id: 2, cmd: 'rm -rf /' }],
    ['id not a number', { t: 'req', id: 'x', op: 'engine.status', input: {} }],
  ])('refuses a malformed message (%s)', async (_name, raw) => {
    expect(await exchange(raw)).toMatchObject({ t: 'res', error: { code: 'BAD_MESSAGE' } });
  });

  it.each(['docker.containers.remove', 'engine.raw', 'constructor', '__proto__', 'toString'])(
    'refuses the unknown operation %s',
    async (op) => {
      expect(await exchange({ t: 'req', id: 7, op, input: {} })).toEqual({
        t: 'res',
        id: 7,
        error: { code: 'UNKNOWN_OPERATION', message: `unknown operation "${op}"` },
      });
    },
  );

  it.each([
    ['a missing field', { lesson: 'links' }],
    ['a wrong type', { lesson: 'links', step: 3 }],
    ['an extra field', { lesson: 'links', step: 'start-redis', image: 'evil' }],
    ['an empty id', { lesson: '', step: 'start-redis' }],
  ])('refuses step.run with %s before it reaches the engine', async (_name, input) => {
    const reply = await exchange({ t: 'req', id: 3, op: 'step.run', input });
    expect(reply).toMatchObject({
      t: 'res',
      id: 3,
      error: { code: 'BAD_INPUT', message: expect.stringContaining('step.run') },
    });
  });

  it('says the engine is unavailable, with the fix, for a valid request', async () => {
    const reply = await exchange({ t: 'req', id: 4, op: 'step.run', input: { lesson: 'links', step: 'start-redis' } });
    expect(reply).toMatchObject({
      error: { code: 'ENGINE_UNAVAILABLE', message: expect.stringContaining('nothing.sock') },
    });
  });

  it('refuses unknown lessons and steps with NOT_FOUND', async () => {
    expect(await exchange({ t: 'req', id: 5, op: 'lesson.resetPlan', input: { lesson: 'nope' } })).toMatchObject({
      error: { code: 'NOT_FOUND' },
    });
  });

  it('refuses unknown streams and bad stream parameters', async () => {
    expect(await exchange({ t: 'sub', id: 6, stream: 'docker.events', params: {} })).toMatchObject({
      t: 'end',
      error: { code: 'UNKNOWN_OPERATION' },
    });
    expect(await exchange({ t: 'sub', id: 8, stream: 'logs', params: { tail: -1 } })).toMatchObject({
      t: 'end',
      error: { code: 'BAD_INPUT' },
    });
  });

  it('answers a valid request with a result that matches the contract', async () => {
    const reply = await exchange({ t: 'req', id: 9, op: 'lessons.list', input: {} });
    expect(reply).toMatchObject({ t: 'res', id: 9 });
    const lessons = (reply as { result: Array<{ id: string; steps: Array<{ actions: Array<{ command: string }> }> }> })
      .result;
    expect(lessons.map((l) => l.id)).toEqual(['links', 'networks', 'swarm']);
    expect(lessons[0]?.steps[0]?.actions[0]?.command).toBe('docker run -d --name redis-server redis');
  });
});

describe('browser mode server', () => {
  let server: WebServer;
  beforeAll(async () => {
    server = await startWebServer(services(), join(__dirname, '../../../src/renderer'));
  });
  afterAll(async () => server.close());

  const open = (url: string, origin?: string) =>
    new Promise<{ status?: number; socket?: WebSocket }>((resolve) => {
      const socket = new WebSocket(url, origin ? { origin } : {});
      socket.on('open', () => resolve({ socket }));
      socket.on('unexpected-response', (_req, res) => resolve({ status: res.statusCode }));
      socket.on('error', () => undefined);
    });
  const apiUrl = (token: string) => `${server.origin.replace('http', 'ws')}/api?token=${token}`;

  it('listens on loopback only', () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('refuses a missing or wrong token', async () => {
    expect((await open(apiUrl(''))).status).toBe(401);
    expect((await open(apiUrl(`${server.token}x`))).status).toBe(401);
  });

  it('refuses pages from another origin, even with the token', async () => {
    expect((await open(apiUrl(server.token), 'http://evil.example')).status).toBe(403);
  });

  it('serves at most MAX_PAGES pages at once, says why to the next, and serves it once one closes', async () => {
    const pages = await Promise.all(Array.from({ length: MAX_PAGES }, () => open(apiUrl(server.token), server.origin)));
    expect(pages.every((page) => page.socket)).toBe(true);
    expect((await open(apiUrl(server.token), server.origin)).status).toBe(503);
    const probe = await fetch(`${server.origin}/api?token=${server.token}`, { method: 'POST' });
    expect(probe.status).toBe(503);
    expect(await probe.json()).toMatchObject({ message: expect.stringContaining(`${MAX_PAGES} pages`) });
    const closed = new Promise((resolve) => pages[0]?.socket?.once('close', resolve));
    pages[0]?.socket?.close();
    await closed;
    await new Promise((resolve) => setTimeout(resolve, 50));
    const next = await open(apiUrl(server.token), server.origin);
    expect(next.socket).toBeDefined();
    for (const page of [...pages, next]) page.socket?.close();
  });

  it('answers a malformed address with 400 and keeps serving', async () => {
    expect((await fetch(`${server.origin}/%E0%A4%A`)).status).toBe(400);
    expect((await fetch(`${server.origin}/index.html`)).status).toBe(200);
  });

  it('drops a connection that sends an oversized message, and keeps serving others', async () => {
    const { socket } = await open(apiUrl(server.token), server.origin);
    if (!socket) throw new Error('not connected');
    const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
    socket.send('x'.repeat(2 << 20));
    expect(await closed).toBe(1009);
    expect((await open(apiUrl(server.token), server.origin)).socket).toBeDefined();
  });

  it('speaks the contract to the right token', async () => {
    const { socket } = await open(apiUrl(server.token), server.origin);
    if (!socket) throw new Error('not connected');
    const reply = await new Promise<ServerMessage>((resolve) => {
      socket.once('message', (data) => resolve(JSON.parse(String(data))));
      socket.send(JSON.stringify({ t: 'req', id: 1, op: 'engine.status', input: {} }));
    });
    expect(reply).toMatchObject({ t: 'res', id: 1, result: { state: 'unavailable', code: 'ENGINE_NOT_FOUND' } });
    socket.close();
  });
});
