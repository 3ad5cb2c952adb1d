// One engine event stream for every follower: opened for the first, closed after the last, events
// chosen per follower by labels, and its end heard by the owner first, then by every follower.
import { describe, expect, it, vi } from 'vitest';
import { EventHub } from '../../../src/main/services/event-hub';
import { containerEvent, FakeEngine } from './fake-engine';

function hub() {
  const engine = new FakeEngine();
  const ended: string[] = [];
  const events = new EventHub(engine.asEngine(), () => ended.push('owner'));
  return { engine, events, ended };
}

describe('EventHub', () => {
  it('shares one engine stream among 100 followers and closes it after the last', async () => {
    const { engine, events } = hub();
    const seen: number[] = [];
    const stops = await Promise.all(Array.from({ length: 100 }, (_, i) => events.followEvents(() => seen.push(i))));
    expect(engine.streams).toHaveLength(1);
    engine.emit(containerEvent('start'));
    expect(seen).toHaveLength(100);
    for (const stop of stops.slice(1)) stop();
    expect(engine.openStreams).toBe(1);
    stops[0]?.();
    await vi.waitFor(() => expect(engine.openStreams).toBe(0));
    await events.followEvents(() => undefined);
    expect(engine.streams).toHaveLength(2); // opened again for a new follower
  });

  it('gives a follower with labels only the events of objects that carry them', async () => {
    const { engine, events } = hub();
    const ours: string[] = [];
    const all: string[] = [];
    await events.followEvents((e) => ours.push(e.action), { labels: { 'container-talk.app': 'container-talk' } });
    await events.followEvents((e) => all.push(e.action));
    engine.emit(containerEvent('start'));
    engine.emit(containerEvent('die', { 'container-talk.app': 'container-talk' }));
    expect(ours).toEqual(['die']);
    expect(all).toEqual(['start', 'die']);
  });

  it('tells the owner, then every follower, when the stream ends by itself', async () => {
    const { engine, events, ended } = hub();
    await events.followEvents(() => undefined, { onEnd: () => ended.push('a') });
    await events.followEvents(() => undefined, { onEnd: () => ended.push('b') });
    engine.stop();
    expect(ended).toEqual(['owner', 'a', 'b']);
    expect(events.size).toBe(0);
  });

  it('passes on a failure to open, and tries again for the next follower', async () => {
    const { engine, events } = hub();
    engine.answering = false;
    await expect(events.followEvents(() => undefined)).rejects.toThrow(/ECONNREFUSED/);
    expect(events.size).toBe(0);
    engine.answering = true;
    await events.followEvents(() => undefined);
    expect(engine.openStreams).toBe(1);
  });

  it('after close(), follows nothing and tells nobody', async () => {
    const { engine, events, ended } = hub();
    await events.followEvents(() => undefined, { onEnd: () => ended.push('a') });
    events.close();
    await vi.waitFor(() => expect(engine.openStreams).toBe(0));
    expect(ended).toEqual([]);
    await expect(events.followEvents(() => undefined)).rejects.toMatchObject({ code: 'ENGINE_UNAVAILABLE' });
  });
});
