// The logs stream under a flood, with a fake engine writing 200,000 lines: lines go out in batches,
// a reader that does not read holds up nothing but its cursor (the server's queue stays bounded, the
// lines wait in the history), and once it reads again it gets the newest line at once. Over a real
// WebSocket too, with a client that stops reading its socket.
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type LogBatch, logBatchMax, type ServerMessage } from '@shared/contract';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { openConnection } from '../../../src/main/api/router';
import type { AppServices } from '../../../src/main/api/services';
import { logFeedOf } from '../../../src/main/api/streams';
import { BufferedFlow } from '../../../src/main/api/wires/flow';
import { attachWebSocket } from '../../../src/main/api/wires/websocket';
import type { LogEntry } from '../../../src/main/engine';
import { EngineSession } from '../../../src/main/services/engine-session';
import { defaultBudgetBytes } from '../../../src/main/services/log-history';
import { frameLines } from '../../../src/main/services/log-pump';
import { FakeEngine, fakeOpener } from './fake-engine';

const flood = 200_000;
const wait = { timeout: 10_000, interval: 10 };
let engine: FakeEngine;
let session: EngineSession;
let services: AppServices;
/** Writes the flood container's lines, as the engine's log stream would. */
let write: ((entry: LogEntry) => void) | undefined;

beforeEach(async () => {
  engine = new FakeEngine();
  const labels = { 'container-talk.app': 'container-talk' };
  Object.assign(engine, {
    listContainers: async () => [{ id: 'f100d', name: 'flood', image: 'alpine', state: 'running', labels }],
    followLogs: async (_id: string, onEntry: (entry: LogEntry) => void) => {
      write = onEntry;
      return () => {
        write = undefined;
      };
    },
  });
  session = new EngineSession({}, { open: fakeOpener(() => engine).open, timing: { intervalMs: 100 } });
  await session.connect();
  services = { engine: session } as unknown as AppServices;
});
afterEach(() => session.dispose());

/** The flood in bursts, as the engine's stream chunks come, with the event loop turning between them. */
async function writeFlood(text = (i: number) => String(i)) {
  const time = new Date().toISOString();
  await vi.waitFor(() => expect(write).toBeDefined(), wait);
  for (let i = 1; i <= flood; i++) {
    write?.({ stream: 'stdout', text: text(i), time });
    if (i % 2000 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
}

const batchesOf = (messages: ServerMessage[]) => messages.flatMap((m) => (m.t === 'evt' ? [m.event as LogBatch] : []));

describe('the logs stream under a flood', { timeout: 30_000 }, () => {
  it('sends batches only while the wire takes them: a reader that does not read queues at most a frame', async () => {
    let buffered = 0;
    const flow = new BufferedFlow(() => buffered, 256 * 1024);
    const messages: ServerMessage[] = [];
    const connection = openConnection(
      services,
      (message) => {
        messages.push(message);
        buffered += JSON.stringify(message).length; // sent, never read
      },
      flow,
    );
    connection.receive({ t: 'sub', id: 1, stream: 'logs', params: { tail: 0 } });
    await writeFlood();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const held = batchesOf(messages);
    // What went out before the wire filled: at most one batch beyond the threshold.
    expect(buffered).toBeLessThan(256 * 1024 + logBatchMax * 64);
    expect(held.reduce((n, batch) => n + batch.seq.length, 0)).toBeLessThan(flood / 4);

    // The reader catches up: the newest line comes at once, the skipped ones stay in the history.
    buffered = 0;
    flow.written();
    await vi.waitFor(() => expect(batchesOf(messages).at(-1)?.text.at(-1)).toBe(String(flood)), wait);
    const batches = batchesOf(messages);
    expect(batches.length).toBeLessThan(flood / 1000);
    for (const batch of batches) expect(batch.seq.length).toBeLessThanOrEqual(frameLines); // a page parses each in one task
    expect(batches.at(-1)?.sources).toEqual([{ containerId: 'f100d', container: 'flood', stream: 'stdout' }]);
    connection.close();
  });

  it('over a WebSocket: a client that stops reading gets a bounded amount, then the newest line', async () => {
    const server: Server = createServer();
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const wire = attachWebSocket(server, services, 'secret', () => origin);
    const client = new WebSocket(`${origin.replace('http', 'ws')}/api?token=secret`);
    let received = 0;
    let last = '';
    client.on('message', (data: Buffer) => {
      received += data.length;
      const message = JSON.parse(String(data)) as ServerMessage;
      if (message.t === 'evt') last = (message.event as LogBatch).text.at(-1) ?? last;
    });
    try {
      await once(client, 'open');
      client.send(JSON.stringify({ t: 'sub', id: 1, stream: 'logs', params: { tail: 0 } }));
      client.pause(); // the socket is no longer read: the kernel's buffers fill, then the server's
      const line = (i: number) => `${i} ${'x'.repeat(200)}`;
      await writeFlood(line);
      await new Promise((resolve) => setTimeout(resolve, 200));
      client.resume();
      await vi.waitFor(() => expect(last).toBe(line(flood)), wait);
      // 200,000 lines of 200 bytes are 40 MB: sent one by one, they would all have sat in the server's queue.
      expect(received).toBeLessThan(flood * 200 * 0.5);
      expect(logFeedOf(services).history.sizeBytes).toBeLessThanOrEqual(defaultBudgetBytes);
    } finally {
      client.terminate();
      wire.close();
      server.close();
    }
  });
});
