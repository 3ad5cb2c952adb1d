// The session's state machine with a fake engine and fake time: red within 2 s of the engine going
// (a ping, the event stream's end, a failed call), green within 2 s of its return, one ping a second
// while connected, and no flood of statuses while it waits.
import type { EngineStatus } from '@shared/contract';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EngineSession } from '../../../src/main/services/engine-session';
import { FakeEngine, fakeOpener } from './fake-engine';

let engine: FakeEngine;
let session: EngineSession;
let statuses: EngineStatus[];
let opener: ReturnType<typeof fakeOpener>;
const states = () => statuses.map((s) => s.state);

beforeEach(async () => {
  vi.useFakeTimers();
  engine = new FakeEngine();
  opener = fakeOpener(() => engine);
  session = new EngineSession({}, { open: opener.open });
  statuses = [];
  session.subscribe((status) => statuses.push(status));
  await session.connect();
});

afterEach(() => {
  session.dispose();
  vi.useRealTimers();
});

describe('EngineSession', () => {
  it('connects, then pings once a second and nothing more', async () => {
    expect(states()).toEqual(['connecting', 'connected']);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(engine.pings).toBeGreaterThanOrEqual(9);
    expect(engine.pings).toBeLessThanOrEqual(10);
    expect(opener.attempts).toBe(1);
    expect(states()).toEqual(['connecting', 'connected']);
  });

  it('turns unavailable within 2 s when pings fail, without anyone asking', async () => {
    engine.answering = false; // hung up, but no stream of ours noticed
    await vi.advanceTimersByTimeAsync(1500);
    expect(session.status).toMatchObject({ state: 'unavailable', code: 'ENGINE_UNAVAILABLE' });
    expect(session.status.state === 'unavailable' && session.status.message).toContain('unix:///fake.sock');
    expect(() => session.require()).toThrow(expect.objectContaining({ code: 'ENGINE_UNAVAILABLE' }));
  });

  it('turns unavailable at once when the shared event stream ends', async () => {
    const stop = await session.events().followEvents(() => undefined);
    engine.stop();
    expect(session.status.state).toBe('unavailable');
    stop();
  });

  it('checks at once when someone saw a call fail (verify), and only drops an engine that does not answer', async () => {
    await session.verify();
    expect(session.status.state).toBe('connected');
    engine.answering = false;
    await session.verify();
    expect(session.status.state).toBe('unavailable');
  });

  it('comes back within 2 s of the engine answering again, with a new event hub', async () => {
    const hub = session.events();
    engine.stop();
    await vi.advanceTimersByTimeAsync(5000);
    expect(session.status.state).toBe('unavailable');
    engine = new FakeEngine();
    await vi.advanceTimersByTimeAsync(2000);
    expect(session.status.state).toBe('connected');
    expect(session.require()).toBe(engine.asEngine());
    expect(session.events()).not.toBe(hub);
  });

  it("cuts off a lost engine's requests once no engine answered for 10 s, not sooner", async () => {
    const lost = engine;
    lost.answering = false;
    await vi.advanceTimersByTimeAsync(1500);
    expect(session.status.state).toBe('unavailable');
    await vi.advanceTimersByTimeAsync(7000);
    expect(lost.closed).toBe(false);
    await vi.advanceTimersByTimeAsync(3000);
    expect(lost.closed).toBe(true);
  });

  it("leaves a lost engine's requests alone when it answers again in time (a slow answer, not a loss)", async () => {
    const lost = engine;
    lost.answering = false;
    await vi.advanceTimersByTimeAsync(1500);
    expect(session.status.state).toBe('unavailable');
    lost.answering = true;
    await vi.advanceTimersByTimeAsync(12_000);
    expect(session.status.state).toBe('connected');
    expect(lost.closed).toBe(false);
  });

  it('tries once a second while waiting, but tells listeners only what changed', async () => {
    engine.stop();
    const before = opener.attempts;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(opener.attempts - before).toBeGreaterThanOrEqual(9);
    // connected, then "stopped answering", then discovery's report: once, not every second
    expect(states()).toEqual(['connecting', 'connected', 'unavailable', 'unavailable']);
  });

  it('a late failed ping of an engine already replaced changes nothing', async () => {
    const old = engine;
    let fail: (error: Error) => void = () => undefined;
    old.ping = () => new Promise((_resolve, reject) => (fail = reject));
    const pending = session.verify();
    session.lost(new Error('its event stream ended'));
    engine = new FakeEngine();
    await vi.advanceTimersByTimeAsync(1000);
    expect(session.status.state).toBe('connected');
    fail(new Error('timeout'));
    await pending;
    expect(session.status.state).toBe('connected');
    expect(session.require()).toBe(engine.asEngine());
  });

  it('connect() while connected keeps the engine it has', async () => {
    const first = session.require();
    await session.connect();
    expect(session.require()).toBe(first);
    expect(opener.attempts).toBe(1);
  });
});
