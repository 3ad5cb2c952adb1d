// Console sessions over the real WebSocket and router: a page that goes away takes its console with it
// (after the grace period), a page that comes back within it reattaches with the scrollback, and at
// start the app removes the console containers an earlier run left behind, and nothing else.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { type AppServices, createServices } from '../../../src/main/api/services';
import { CONSOLE_GRACE_MS } from '../../../src/main/services/consoles';
import { startWebServer, type WebServer } from '../../../src/main/web/server';
import { docker, privateDockerHost, removeQuietly, resetAll, testEngine } from '../support';

const waitLong = { timeout: CONSOLE_GRACE_MS + 20_000, interval: 200 };
const ours = ['--label', 'container-talk.app=container-talk', '--label', 'container-talk.lesson=links'];
const consoleLabels = [...ours, '--label', 'container-talk.step=console', '--label', 'container-talk.action=0'];
const consoleContainers = () => docker('ps', '-aq', '--filter', 'label=container-talk.step=console');

let services: AppServices;
let server: WebServer;
let dir: string;

/** A page: one WebSocket, its requests, and the console screen it shows (answering cursor queries). */
class Page {
  screen = '';
  private nextId = 1;
  private readonly pending = new Map<number, (message: Record<string, unknown>) => void>();
  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (raw) => this.receive(JSON.parse(String(raw))));
  }

  static async open(): Promise<Page> {
    const socket = new WebSocket(`${server.origin.replace('http', 'ws')}/api?token=${server.token}`, {
      origin: server.origin,
    });
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    return new Page(socket);
  }

  request(op: string, input: unknown): Promise<Record<string, unknown>> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.socket.send(JSON.stringify({ t: 'req', id, op, input }));
    });
  }

  /** Subscribes to the console; resolves with the first event (the replayed scrollback) or the end. */
  watch(sessionId: string, answer: boolean): Promise<Record<string, unknown>> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, (message) => {
        resolve(message);
        const event = message.event as { data?: string } | undefined;
        if (!event?.data) return;
        this.screen += event.data;
        if (answer)
          for (const _ of event.data.split('\x1b[6n').slice(1)) {
            const col = this.screen.slice(-64).includes('\x1b[999C') ? 80 : 1;
            void this.request('console.input', { sessionId, data: `\x1b[1;${col}R` });
          }
      });
      this.socket.send(JSON.stringify({ t: 'sub', id, stream: 'console', params: { sessionId } }));
    });
  }

  /** The page goes away without a word (reload, closed tab, crash). */
  drop(): void {
    this.socket.terminate();
  }

  private receive(message: Record<string, unknown>): void {
    const handler = this.pending.get(message.id as number);
    if (message.t === 'res') this.pending.delete(message.id as number);
    handler?.(message);
  }
}

beforeAll(async () => {
  const engine = await testEngine();
  await resetAll(engine);
  await removeQuietly('container', 'redis-server', 'ct-leftover-console', 'ct-lookalike-console');
  await docker('run', '-d', '--name', 'redis-server', ...ours, 'redis');
  // An earlier run of the app, killed with its console open; and a learner's container that only looks like one.
  await docker('run', '-d', '--name', 'ct-leftover-console', ...consoleLabels, 'redis');
  await docker('run', '-d', '--name', 'ct-lookalike-console', '--label', 'container-talk.step=console', 'redis');
  dir = mkdtempSync(join(tmpdir(), 'ct-console-life-'));
  services = await createServices({ dataDir: dir, discovery: { env: { DOCKER_HOST: privateDockerHost() } } });
  server = await startWebServer(services, dir);
});
afterAll(async () => {
  await server?.close();
  await services?.dispose();
  await removeQuietly('container', 'redis-server', 'ct-leftover-console', 'ct-lookalike-console');
  await resetAll(await testEngine());
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('console sessions and their pages', () => {
  it("removes an earlier run's console containers at start, and leaves a look-alike alone", async () => {
    await vi.waitFor(async () => expect(docker('inspect', 'ct-leftover-console')).rejects.toThrow(/No such/), waitLong);
    expect(await docker('inspect', '-f', '{{.State.Running}}', 'ct-lookalike-console')).toBe('true');
    await removeQuietly('container', 'ct-lookalike-console');
  });

  it('reattaches a page that comes back within the grace period, and ends the console when none does', async () => {
    const first = await Page.open();
    const opened = (await first.request('console.open', { lesson: 'links', cols: 80, rows: 24 })) as {
      result: { sessionId: string };
    };
    const { sessionId } = opened.result;
    await first.watch(sessionId, true);
    await vi.waitFor(() => expect(first.screen).toContain('redis:6379> '), waitLong);
    await first.request('console.input', { sessionId, data: 'SET lifecycle reattached\r' });
    await vi.waitFor(() => expect(first.screen).toContain('OK'), waitLong);
    const container = await consoleContainers();
    expect(container).not.toBe('');

    first.drop(); // a reload
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const second = await Page.open();
    const replay = await second.watch(sessionId, false);
    expect(replay).toMatchObject({ t: 'evt', event: { data: expect.stringContaining('SET lifecycle reattached') } });
    await new Promise((resolve) => setTimeout(resolve, CONSOLE_GRACE_MS + 1000));
    expect(await consoleContainers()).toBe(container); // watched again: it lives on

    second.drop(); // the page is gone for good
    await vi.waitFor(async () => expect(await consoleContainers()).toBe(''), waitLong);
    expect(services.consoles.size).toBe(0);
    const third = await Page.open();
    expect(await third.watch(sessionId, false)).toMatchObject({ t: 'end', error: { code: 'NOT_FOUND' } });
    third.drop();
    expect(await docker('exec', 'redis-server', 'redis-cli', 'GET', 'lifecycle')).toBe('reattached');
  });
});
