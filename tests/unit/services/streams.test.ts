// Streams over a connection, with a fake engine: they wait while the engine is gone and resume by
// themselves when it is back; they end (with the error) over the wire; a connection holds a bounded
// number; and many networks subscribers cost one event stream and one read per change.
import type { ServerMessage } from '@shared/contract';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openConnection, reportsFailure } from '../../../src/main/api/router';
import type { AppServices } from '../../../src/main/api/services';
import { ConsoleSessions } from '../../../src/main/services/consoles';
import { EngineSession } from '../../../src/main/services/engine-session';
import { StepService } from '../../../src/main/services/step-service';
import { containerDetail, containerEvent, FakeEngine, fakeOpener } from './fake-engine';

let engine: FakeEngine;
let session: EngineSession;
let services: AppServices;

beforeEach(async () => {
  engine = new FakeEngine();
  session = new EngineSession({}, { open: fakeOpener(() => engine).open, timing: { intervalMs: 100 } });
  await session.connect();
  const parts = { engine: session, lessons: [], steps: new StepService(), consoles: new ConsoleSessions() };
  services = parts as unknown as AppServices;
});
afterEach(() => session.dispose());

function connect() {
  const messages: ServerMessage[] = [];
  const connection = openConnection(services, (message) => messages.push(message));
  const of = (id: number) => messages.filter((m) => m.id === id).map((m) => m.t);
  return { connection, messages, of };
}

const wait = { timeout: 2000, interval: 10 };

describe('streams over a connection', () => {
  it('networks: a snapshot, "wait" when the engine goes, "resume" and a fresh snapshot when it is back', async () => {
    const { connection, messages, of } = connect();
    connection.receive({ t: 'sub', id: 1, stream: 'networks', params: {} });
    await vi.waitFor(() => expect(of(1)).toEqual(['evt']), wait);
    engine.stop();
    expect(of(1)).toEqual(['evt', 'wait']);
    expect(messages.at(-1)).toMatchObject({ t: 'wait', error: { code: 'ENGINE_UNAVAILABLE' } });
    expect(engine.openStreams).toBe(0);
    engine = new FakeEngine();
    await vi.waitFor(() => expect(of(1)).toEqual(['evt', 'wait', 'resume', 'evt']), wait);
    connection.close();
    await vi.waitFor(() => expect(engine.openStreams).toBe(0), wait);
  });

  it('logs: waits while the engine is away at subscription, starts once it is back', async () => {
    engine.answering = false;
    session.lost(new Error('gone'));
    const { connection, of } = connect();
    connection.receive({ t: 'sub', id: 4, stream: 'logs', params: { tail: 10 } });
    expect(of(4)).toEqual(['wait']);
    engine = new FakeEngine();
    await vi.waitFor(() => expect(of(4)).toEqual(['wait', 'resume']), wait);
    await vi.waitFor(() => expect(engine.calls.listContainers).toBe(1), wait);
    connection.close();
  });

  it('100 networks subscribers share one event stream, and a change is read once', async () => {
    const connections = Array.from({ length: 4 }, connect);
    connections.forEach(({ connection }, c) => {
      for (let i = 0; i < 25; i++) connection.receive({ t: 'sub', id: c * 100 + i, stream: 'networks', params: {} });
    });
    const snapshots = () => connections.flatMap(({ messages }) => messages.filter((m) => m.t === 'evt')).length;
    await vi.waitFor(() => expect(snapshots()).toBe(100), wait);
    expect(engine.streams).toHaveLength(1);
    const { inspectAllContainers, findContainerDetail } = engine.calls;
    engine.containers.push(containerDetail('c0ffee', 'web'));
    for (const action of ['create', 'start']) engine.emit(containerEvent(action));
    await vi.waitFor(() => expect(snapshots()).toBe(200), wait);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(snapshots()).toBe(200);
    // The two events name one container: it alone is inspected, once; nothing is read whole again.
    expect(engine.calls.findContainerDetail - findContainerDetail).toBe(1);
    expect(engine.calls.inspectAllContainers - inspectAllContainers).toBe(0);
    for (const { connection } of connections) connection.close();
    await vi.waitFor(() => expect(engine.openStreams).toBe(0), wait);
  });

  it('ends a stream with the error when its source fails while the engine still answers', async () => {
    engine.inspectAllContainers = async () => {
      throw Object.assign(new Error('(HTTP code 500) server error'), { statusCode: 500 });
    };
    const { connection, messages, of } = connect();
    connection.receive({ t: 'sub', id: 3, stream: 'networks', params: {} });
    await vi.waitFor(() => expect(of(3)).toEqual(['end']), wait);
    expect(messages.at(-1)).toMatchObject({ error: { code: 'ENGINE_ERROR', message: expect.stringContaining('500') } });
    expect(session.status.state).toBe('connected');
    await vi.waitFor(() => expect(engine.openStreams).toBe(0), wait);
  });

  it('refuses a subscription beyond the limit with a coded error', async () => {
    const { connection, messages, of } = connect();
    for (let id = 1; id <= 32; id++) connection.receive({ t: 'sub', id, stream: 'step', params: {} });
    connection.receive({ t: 'sub', id: 33, stream: 'step', params: {} });
    expect(of(33)).toEqual(['end']);
    expect(messages.at(-1)).toMatchObject({ error: { code: 'TOO_MANY_SUBSCRIPTIONS' } });
    connection.receive({ t: 'unsub', id: 1 });
    connection.receive({ t: 'sub', id: 34, stream: 'step', params: {} });
    expect(of(34)).toEqual([]);
    connection.close();
  });

  it('ends a console stream with the error when the session does not exist', () => {
    const { connection, messages } = connect();
    connection.receive({
      t: 'sub',
      id: 9,
      stream: 'console',
      params: { sessionId: '0b1e5c2a-5d3e-4f6a-9b7c-8d9e0f1a2b3c' },
    });
    expect(messages).toEqual([{ t: 'end', id: 9, error: expect.objectContaining({ code: 'NOT_FOUND' }) }]);
  });

  it('a failed call makes the session ask the engine at once', async () => {
    const { connection, of } = connect();
    engine.answering = false; // gone, and no stream noticed yet
    connection.receive({ t: 'req', id: 5, op: 'lesson.resetPlan', input: { lesson: 'nope' } });
    await vi.waitFor(() => expect(of(5)).toEqual(['res']), wait);
    await vi.waitFor(() => expect(session.status.state).toBe('unavailable'), { timeout: 50, interval: 5 });
  });

  it('engine stream: tells the status as it changes, and never waits', async () => {
    const { connection, of } = connect();
    connection.receive({ t: 'sub', id: 2, stream: 'engine', params: {} });
    session.lost(new Error('gone'));
    expect(of(2)).toEqual(['evt', 'evt']);
  });
});

describe('reportsFailure', () => {
  it('finds a failure returned in a step or action result, not only a thrown one', () => {
    const action = (error?: object) => ({ command: 'docker run', ...(error ? { error } : {}) });
    const gone = { code: 'ENGINE_UNAVAILABLE', message: 'the engine stopped answering' };
    expect(reportsFailure({ ok: false, actions: [action(), action(gone)] })).toBe(true);
    expect(reportsFailure(action(gone))).toBe(true);
    expect(reportsFailure({ ok: true, actions: [action(), action()] })).toBe(false);
    expect(reportsFailure({ ...action(), error: undefined })).toBe(false);
    expect(reportsFailure(null)).toBe(false);
  });
});
