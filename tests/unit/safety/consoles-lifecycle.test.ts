// Console sessions end with their last subscriber (after a grace period in which a reloaded page
// reattaches, scrollback and all), are limited per app, and console containers an earlier run left
// behind are removed at start: only those with the app's console labels.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LABEL } from '../../../src/main/lessons/safety/labels';
import { type ConsoleEvent, ConsoleSessions } from '../../../src/main/services/consoles';
import { lesson } from '../lessons/lessons';
import { MemoryEngine, OURS } from './memory-engine';

const links = lesson('links');
const size = { cols: 80, rows: 24 };
const GRACE = 200;
let consoles: ConsoleSessions | undefined;

function setUp(limits = {}) {
  const engine = new MemoryEngine();
  engine.container('redis-server', OURS);
  consoles = new ConsoleSessions({ graceMs: GRACE, ...limits });
  return { engine, consoles };
}
const removed = (engine: MemoryEngine) => engine.changes.filter((c) => c.startsWith('remove'));

afterEach(async () => {
  vi.useRealTimers();
  await consoles?.closeAll();
});

describe('a console session', () => {
  it('ends a grace period after its last subscriber leaves, and removes its container', async () => {
    vi.useFakeTimers();
    const { engine, consoles } = setUp();
    const { sessionId } = await consoles.open(engine.asEngine(), links, size);
    const stop = consoles.subscribe(sessionId, () => undefined);
    await vi.advanceTimersByTimeAsync(GRACE * 3);
    expect(consoles.size).toBe(1); // watched: it lives on
    stop();
    stop(); // twice is once
    await vi.advanceTimersByTimeAsync(GRACE - 10);
    expect(consoles.size).toBe(1);
    await vi.advanceTimersByTimeAsync(20);
    expect(consoles.size).toBe(0);
    expect(removed(engine)).toHaveLength(1);
    expect(engine.ttys[0]?.closed).toBe(true);
  });

  it('lives on when a page comes back within the grace period, and replays its scrollback', async () => {
    vi.useFakeTimers();
    const { engine, consoles } = setUp();
    const { sessionId } = await consoles.open(engine.asEngine(), links, size);
    consoles.subscribe(sessionId, () => undefined)(); // the page reloads
    engine.ttys[0]?.emit('data', Buffer.from('redis:6379> SET a 1\r\nOK\r\n'));
    await vi.advanceTimersByTimeAsync(GRACE / 2);
    const events: ConsoleEvent[] = [];
    const stop = consoles.subscribe(sessionId, (event) => events.push(event));
    await vi.advanceTimersByTimeAsync(GRACE * 3);
    expect(consoles.size).toBe(1);
    expect(events[0]).toEqual({ data: 'redis:6379> SET a 1\r\nOK\r\n' });
    stop();
    await vi.advanceTimersByTimeAsync(GRACE + 10);
    expect(consoles.size).toBe(0);
  });

  it('ends when nobody subscribes after opening it (the page went away meanwhile)', async () => {
    vi.useFakeTimers();
    const { engine, consoles } = setUp();
    await consoles.open(engine.asEngine(), links, size);
    await vi.advanceTimersByTimeAsync(GRACE + 10);
    expect(consoles.size).toBe(0);
    expect(removed(engine)).toHaveLength(1);
  });

  it('is limited per app: one more is refused before anything is created', async () => {
    const { engine, consoles } = setUp({ maxSessions: 2 });
    await Promise.all([consoles.open(engine.asEngine(), links, size), consoles.open(engine.asEngine(), links, size)]);
    const creates = engine.changes.filter((c) => c === 'create').length;
    await expect(consoles.open(engine.asEngine(), links, size)).rejects.toMatchObject({
      code: 'LIMIT_REACHED',
      fix: expect.stringContaining('Close a console'),
    });
    expect(engine.changes.filter((c) => c === 'create')).toHaveLength(creates);
  });
});

describe('console containers of an earlier run', () => {
  it("are removed; this run's sessions and unlabelled look-alikes are not", async () => {
    const { engine, consoles } = setUp();
    const consoleLabels = { ...OURS, [LABEL.step]: 'console', [LABEL.action]: '0' };
    const left = engine.container('brave_console', consoleLabels, { state: 'exited' });
    const lookAlike = engine.container('my-console', { [LABEL.step]: 'console' });
    const step = engine.container('redis', { ...OURS, [LABEL.step]: 'start-redis' });
    const { sessionId } = await consoles.open(engine.asEngine(), links, size);
    consoles.subscribe(sessionId, () => undefined);
    const live = engine.ttys[0]?.containerId;

    expect(await consoles.removeLeftovers(engine.asEngine())).toEqual(['brave_console']);
    expect(removed(engine)).toEqual([`remove ${left.id}`]);
    const names = engine.containers.map((c) => c.id);
    expect(names).toEqual(expect.arrayContaining([lookAlike.id, step.id, live]));
  });

  it('are looked for whenever the app connects to an engine', async () => {
    const { engine, consoles } = setUp();
    engine.container('brave_console', { ...OURS, [LABEL.step]: 'console' });
    let listener: ((status: { state: string }) => void) | undefined;
    const holder = {
      subscribe: (l: typeof listener) => {
        listener = l;
        return () => undefined;
      },
      require: () => engine.asEngine(),
    };
    consoles.removeLeftoversOnConnect(holder as never);
    listener?.({ state: 'connecting' });
    expect(removed(engine)).toEqual([]);
    listener?.({ state: 'connected' });
    await vi.waitFor(() => expect(removed(engine)).toHaveLength(1));
  });
});
