// Browser mode answers pages it served itself, under either loopback name it listens on (127.0.0.1, as
// it prints, and localhost), and nothing else; when it refuses, a POST to the same address says why,
// since a browser does not tell a page why its WebSocket was refused.
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { acceptUpgrade, ownOrigins } from '../../../src/main/api/wires/websocket';
import { startWebServer, type WebServer } from '../../../src/main/web/server';
import { offlineServicesForThisFile } from './offline-services';

const own = 'http://127.0.0.1:4567';
const request = (origin?: string, token = 'secret') =>
  ({ url: `/api?token=${token}`, headers: origin ? { origin } : {} }) as unknown as IncomingMessage;

describe('the origin rule', () => {
  it('takes both loopback names for its own port', () => {
    expect(ownOrigins(own)).toEqual([own, 'http://localhost:4567']);
    expect(acceptUpgrade(request(own), 'secret', own)).toEqual({ ok: true });
    expect(acceptUpgrade(request('http://localhost:4567'), 'secret', own)).toEqual({ ok: true });
    expect(acceptUpgrade(request(), 'secret', own)).toEqual({ ok: true }); // not a browser: the token decides
  });

  it.each([
    ['another port', 'http://localhost:4568'],
    ['another loopback name', 'http://[::1]:4567'],
    ['another scheme', 'https://localhost:4567'],
    ['a foreign site', 'http://evil.example'],
  ])('refuses %s, naming the origins it takes and the one it got', (_what, origin) => {
    const verdict = acceptUpgrade(request(origin), 'secret', own);
    expect(verdict).toMatchObject({ ok: false, status: 403, refusal: { code: 'UNAUTHORIZED' } });
    if (verdict.ok) return;
    expect(verdict.refusal.message).toContain(`${own} or http://localhost:4567`);
    expect(verdict.refusal.message).toContain(origin);
  });

  it('refuses a wrong token before looking at the origin, and says so', () => {
    const verdict = acceptUpgrade(request(own, 'stale'), 'secret', own);
    expect(verdict).toMatchObject({ ok: false, status: 401, refusal: { message: expect.stringContaining('token') } });
  });
});

describe('browser mode under both names', () => {
  const services = offlineServicesForThisFile();
  let server: WebServer;
  beforeAll(async () => {
    server = await startWebServer(services(), join(__dirname, '../../../src/renderer'));
  });
  afterAll(async () => server.close());

  const port = () => new URL(server.origin).port;
  const opens = (origin: string) =>
    new Promise<boolean>((resolve) => {
      const socket = new WebSocket(`ws://127.0.0.1:${port()}/api?token=${server.token}`, { origin });
      socket.on('open', () => {
        socket.close();
        resolve(true);
      });
      socket.on('unexpected-response', () => resolve(false));
      socket.on('error', () => undefined);
    });
  const probe = (origin: string, token = server.token) =>
    fetch(`${server.origin}/api?token=${token}`, { method: 'POST', headers: { origin } });

  it('opens the socket for a page at 127.0.0.1 or at localhost, and for no other page', async () => {
    expect(await opens(server.origin)).toBe(true);
    expect(await opens(`http://localhost:${port()}`)).toBe(true);
    expect(await opens('http://evil.example')).toBe(false);
  });

  it('answers the probe with the verdict the socket gets', async () => {
    expect((await probe(`http://localhost:${port()}`)).status).toBe(204);
    const foreign = await probe('http://evil.example');
    expect(foreign.status).toBe(403);
    expect(await foreign.json()).toMatchObject({ code: 'UNAUTHORIZED', message: expect.stringContaining('evil') });
    const stale = await probe(server.origin, 'stale');
    expect(stale.status).toBe(401);
    expect(await stale.json()).toMatchObject({ fix: expect.stringContaining('?token=') });
  });
});
