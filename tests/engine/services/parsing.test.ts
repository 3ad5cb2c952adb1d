// The pure parts behind the follow streams: chunked text, event and log line formats, console history.
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/main/engine/engine';
import { normalizeEvent } from '../../../src/main/engine/events';
import { parseLegacyLink } from '../../../src/main/engine/inventory';
import { LineSplitter } from '../../../src/main/engine/line-splitter';
import { sinceAfter, splitTimestamp } from '../../../src/main/engine/logs-follow';
import type { TtySession } from '../../../src/main/engine/tty';
import { ConsoleSession, HISTORY_CAP } from '../../../src/main/services/console-session';

describe('LineSplitter', () => {
  it('keeps partial lines and split multibyte characters until they are whole, and flushes at the end', () => {
    const lines: string[] = [];
    const splitter = new LineSplitter((line) => lines.push(line));
    const bytes = Buffer.from('{"a":1}\n{"b":"ü"}\nlast');
    const cut = bytes.indexOf(Buffer.from('ü')) + 1; // between the two bytes of ü
    splitter.write(bytes.subarray(0, 3));
    splitter.write(bytes.subarray(3, cut));
    expect(lines).toEqual(['{"a":1}']);
    splitter.write(bytes.subarray(cut));
    expect(lines).toEqual(['{"a":1}', '{"b":"ü"}']);
    splitter.end();
    expect(lines).toEqual(['{"a":1}', '{"b":"ü"}', 'last']);
  });
});

describe('normalizeEvent', () => {
  it('reads Type, Action and Actor (newer engines have no top-level status/id)', () => {
    const raw = {
      Type: 'network',
      Action: 'connect',
      Actor: { ID: 'n1', Attributes: { container: 'c1', name: 'backend-network', type: 'bridge' } },
      time: 1700000000,
    };
    expect(normalizeEvent(raw)).toEqual({
      type: 'network',
      action: 'connect',
      id: 'n1',
      attributes: { container: 'c1', name: 'backend-network', type: 'bridge' },
      time: 1700000000000,
    });
    expect(normalizeEvent({ Type: 'image', Action: 'pull', Actor: { ID: 'x' } })).toBeUndefined();
  });
});

describe('log lines', () => {
  it('splits the engine timestamp off the front and drops a TTY carriage return', () => {
    expect(splitTimestamp('2024-05-01T10:00:00.123456789Z hello world\r')).toEqual({
      time: '2024-05-01T10:00:00.123456789Z',
      text: 'hello world',
    });
    expect(splitTimestamp('2024-05-01T10:00:00Z ')).toEqual({ time: '2024-05-01T10:00:00Z', text: '' });
  });

  it('asks for lines one nanosecond after the last one seen', () => {
    expect(sinceAfter('2024-05-01T10:00:00.5Z')).toBe('1714557600.500000001');
    expect(sinceAfter('2024-05-01T10:00:00.999999999Z')).toBe('1714557601.000000000');
    expect(sinceAfter('not a time')).toBeUndefined();
  });

  it('parses legacy links as the engine reports them', () => {
    expect(parseLegacyLink('/redis-server:/app/redis')).toEqual({ target: 'redis-server', alias: 'redis' });
    expect(parseLegacyLink('nonsense')).toBeUndefined();
  });
});

describe('ConsoleSession history', () => {
  function fakeSession() {
    const tty = Object.assign(new EventEmitter(), {
      containerId: 'c1',
      exited: new Promise<number>(() => undefined),
      write: () => undefined,
      close: () => undefined,
    });
    const engine = { removeContainer: async () => undefined } as unknown as Engine;
    return { tty, session: new ConsoleSession(engine, tty as unknown as TtySession, 'preface\r\n') };
  }

  function replayOf(session: ConsoleSession): string {
    let replay = '';
    session.subscribe((event) => {
      if ('data' in event) replay += event.data;
    })();
    return replay;
  }

  it('replays output up to the cap, newest kept, and decodes characters split across chunks', () => {
    const { tty, session } = fakeSession();
    const ue = Buffer.from('ü');
    tty.emit('data', ue.subarray(0, 1));
    tty.emit('data', ue.subarray(1));
    expect(replayOf(session)).toBe('preface\r\nü');
    for (let i = 0; i < 40; i++) tty.emit('data', Buffer.from(`${String(i).padStart(2, '0')}${'x'.repeat(10_000)}`));
    const replay = replayOf(session);
    expect(replay.length).toBeLessThanOrEqual(HISTORY_CAP);
    expect(replay.endsWith('x'.repeat(10_000))).toBe(true);
    expect(replay).toContain('39');
    expect(replay).not.toContain('preface');
  });
});
