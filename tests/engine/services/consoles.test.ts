// The lesson consoles: the links lesson's `docker run -it ... redis-cli -h redis` on a real TTY, output
// kept for late subscribers, the container removed when the session closes or the process ends.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { type ConsoleEvent, ConsoleSessions } from '../../../src/main/services/consoles';
import { docker, lesson, removeQuietly, resetAll, testEngine } from '../support';

type Engine = Awaited<ReturnType<typeof testEngine>>;
let engine: Engine;
let consoles: ConsoleSessions;
const links = lesson('links');
const size = { cols: 80, rows: 24 };
const waitLong = { timeout: 20_000, interval: 50 };
const PROMPT = 'redis:6379> ';

const consoleContainers = () => docker('ps', '-aq', '--filter', 'label=container-talk.step=console');

/** A subscriber that answers cursor-position queries as a terminal would (column 1, or the far right). */
function terminal(sessionId: string, answer = true) {
  const events: ConsoleEvent[] = [];
  const term = { screen: '', exit: undefined as number | undefined, events, unsubscribe: () => {} };
  term.unsubscribe = consoles.subscribe(sessionId, (event) => {
    events.push(event);
    if ('exit' in event) term.exit = event.exit;
    else term.screen += event.data;
    if (!answer || !('data' in event)) return;
    for (const _ of event.data.split('\x1b[6n').slice(1)) {
      const col = term.screen.slice(-64).includes('\x1b[999C') ? size.cols : 1;
      consoles.input(sessionId, `\x1b[1;${col}R`);
    }
  });
  return term;
}

beforeAll(async () => {
  engine = await testEngine();
  await resetAll(engine);
  await removeQuietly('container', 'redis-server');
  const ours = ['--label', 'container-talk.app=container-talk', '--label', 'container-talk.lesson=links'];
  await docker('run', '-d', '--name', 'redis-server', ...ours, 'redis');
  await vi.waitFor(
    async () => expect(await docker('exec', 'redis-server', 'redis-cli', 'ping')).toBe('PONG'),
    waitLong,
  );
});
afterEach(async () => {
  await consoles.closeAll();
});
afterAll(async () => resetAll(engine));

describe('ConsoleSessions', () => {
  it('opens the links console, replays what came before subscribing, and runs what is typed', async () => {
    consoles = new ConsoleSessions();
    const { sessionId, command } = await consoles.open(engine, links, size);
    expect(command).toBe('docker run -it --link redis-server:redis redis redis-cli -h redis');
    const id = await consoleContainers();
    expect(await docker('inspect', '-f', '{{index .Config.Labels "container-talk.lesson"}} {{.Config.Tty}}', id)).toBe(
      'links true',
    );

    await new Promise((resolve) => setTimeout(resolve, 1500)); // redis-cli starts and prints before anyone listens
    const term = terminal(sessionId);
    expect(term.events[0]).toEqual({ data: expect.any(String) }); // replayed during subscribe()
    expect(term.screen.length).toBeGreaterThan(0);
    await vi.waitFor(() => expect(term.screen).toContain(PROMPT), waitLong);

    consoles.input(sessionId, 'SET svc 1\r');
    await vi.waitFor(() => expect(term.screen).toContain('OK'), waitLong);
    consoles.input(sessionId, 'KEYS *\r');
    await vi.waitFor(() => expect(term.screen).toContain('1) "svc"'), waitLong);
    expect(await docker('exec', 'redis-server', 'redis-cli', 'GET', 'svc')).toBe('1');
    await consoles.resize(sessionId, { cols: 100, rows: 30 });

    const late = terminal(sessionId, false);
    expect(late.screen).toBe(term.screen);
    late.unsubscribe();

    await consoles.close(sessionId);
    expect(await consoleContainers()).toBe('');
    expect(() => consoles.input(sessionId, 'x')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    await docker('exec', 'redis-server', 'redis-cli', 'DEL', 'svc');
  });

  it('reports the exit when the process ends, removes the container, and replays the exit too', async () => {
    consoles = new ConsoleSessions();
    const { sessionId } = await consoles.open(engine, links, size);
    const term = terminal(sessionId);
    await vi.waitFor(() => expect(term.screen).toContain(PROMPT), waitLong);
    consoles.input(sessionId, 'quit\r');
    await vi.waitFor(() => expect(term.exit).toBe(0), waitLong);
    expect(term.events.at(-1)).toEqual({ exit: 0 });
    await vi.waitFor(async () => expect(await consoleContainers()).toBe(''), waitLong);

    const late = terminal(sessionId, false);
    expect(late.events.at(-1)).toEqual({ exit: 0 });
    expect(late.screen).toBe(term.screen);
    consoles.input(sessionId, 'ignored\r'); // the process is gone: nothing to type into, no error
    await consoles.close(sessionId);
  });

  it('closeAll() ends every session and removes every console container', async () => {
    consoles = new ConsoleSessions();
    await consoles.open(engine, links, size);
    await consoles.open(engine, links, size);
    expect((await consoleContainers()).split('\n')).toHaveLength(2);
    await consoles.closeAll();
    expect(consoles.size).toBe(0);
    expect(await consoleContainers()).toBe('');
  });

  it('refuses unknown sessions and lessons without a console', async () => {
    consoles = new ConsoleSessions();
    const notFound = expect.objectContaining({ code: 'NOT_FOUND' });
    expect(() => consoles.input('nope', 'x')).toThrow(notFound);
    expect(() => consoles.subscribe('nope', () => undefined)).toThrow(notFound);
    await expect(consoles.resize('nope', size)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(consoles.close('nope')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(consoles.open(engine, { ...links, consoles: [] }, size)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await consoleContainers()).toBe('');
  });

  it('says what to do when redis-server is stopped or missing, and leaves no container behind', async () => {
    consoles = new ConsoleSessions();
    const explained = { fix: expect.stringContaining('redis-server') };
    await docker('stop', 'redis-server');
    await expect(consoles.open(engine, links, size)).rejects.toMatchObject(explained);
    await docker('rm', 'redis-server');
    await expect(consoles.open(engine, links, size)).rejects.toMatchObject(explained);
    expect(await consoleContainers()).toBe('');
  });
});
