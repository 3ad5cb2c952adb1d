// Browser mode listens before its services are there: the build's files are served at once, and the learner's
// page (which carries the first screen's data), a page's WebSocket or its refusal probe that comes first waits
// for the services instead of being dropped.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { AppServices } from '../../../src/main/api/services';
import { startWebServer, type WebServer } from '../../../src/main/web/server';
import { offlineServicesForThisFile } from '../api/offline-services';

const services = offlineServicesForThisFile();
const renderer = join(__dirname, '../../../src/renderer');
let server: WebServer | undefined;
afterEach(async () => server?.close());

function later(): { promise: Promise<AppServices>; resolve(services: AppServices): void } {
  let resolve: (services: AppServices) => void = () => undefined;
  const promise = new Promise<AppServices>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

/** Opens the wire and asks for the lessons: resolves with how many came back. */
function lessonsOver(socket: WebSocket): Promise<number> {
  return new Promise((resolve, reject) => {
    socket.on('error', reject);
    socket.on('open', () => socket.send(JSON.stringify({ t: 'req', id: 1, op: 'lessons.list', input: {} })));
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as { id: number; result?: unknown[] };
      if (message.id === 1) resolve(message.result?.length ?? -1);
    });
  });
}

describe('browser mode while its services load', () => {
  it('serves the bare page at once to a request without the token', async () => {
    server = await startWebServer(() => later().promise, renderer);
    const page = await fetch(`${server.origin}/`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<div id="root">');
    expect(html).not.toContain('boot-data');
  });

  it("holds the learner's page until the services are there, then serves it with the first screen's data", async () => {
    const pending = later();
    server = await startWebServer(() => pending.promise, renderer);
    let served = false;
    const page = fetch(server.url).then((response) => {
      served = true;
      return response;
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(served).toBe(false);
    pending.resolve(services());
    const response = await page;
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await response.text();
    const block = /<script type="application\/json" id="boot-data">([^<]*)<\/script><div id="first-screen">/.exec(html);
    const boot = JSON.parse(block?.[1] ?? 'null') as { lessons: unknown[]; progress: object; settings: object };
    expect(boot.lessons).toHaveLength(services().lessons.length);
    expect(boot.progress).toEqual({});
    expect(boot.settings).toEqual({});
    // And its text, shown before the app's scripts run (first-screen.test.ts says which).
    expect(html).toContain('<div id="first-screen"><style>');
    expect(html).toContain('<article class="first-screen"');
  });

  it('holds a WebSocket that comes first, and answers it once the services are there', async () => {
    const pending = later();
    server = await startWebServer(() => pending.promise, renderer);
    const socket = new WebSocket(`${server.origin.replace('http', 'ws')}/api?token=${server.token}`, {
      origin: server.origin,
    });
    const answered = lessonsOver(socket);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(socket.readyState).toBe(WebSocket.CONNECTING);
    pending.resolve(services());
    expect(await answered).toBe(services().lessons.length);
    socket.close();
  });

  it("answers a refused page's probe once the wire is there", async () => {
    const pending = later();
    server = await startWebServer(() => pending.promise, renderer);
    const probe = fetch(`${server.origin}/api?token=stale`, { method: 'POST', headers: { origin: server.origin } });
    pending.resolve(services());
    expect((await probe).status).toBe(401);
  });
});
