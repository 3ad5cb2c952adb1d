/** The Explore prompt's line editing: keys read from what xterm sends, edits, and redrawing a wrapped line. */
import { describe, expect, it } from 'vitest';
import { columns, commonPrefix, complete } from '../../../src/renderer/src/features/explore/completion';
import { History } from '../../../src/renderer/src/features/explore/history';
import {
  edit,
  type Key,
  keysOf,
  type Line,
  lineOf,
  redraw,
} from '../../../src/renderer/src/features/explore/line-editor';

const type = (line: Line, data: string) =>
  keysOf(data).reduce<Line>((current, key) => edit(current, key) ?? current, line);

describe('keysOf', () => {
  it('reads typed text, control keys and cursor sequences (CSI and SS3)', () => {
    expect(keysOf('ab\x1b[D\x1bOH\x7f\x1b[3~\r\t\x03\x0c')).toEqual<Key[]>([
      { kind: 'text', text: 'ab' },
      { kind: 'left' },
      { kind: 'home' },
      { kind: 'backspace' },
      { kind: 'delete' },
      { kind: 'enter' },
      { kind: 'tab' },
      { kind: 'cancel' },
      { kind: 'clear' },
    ]);
  });

  it('drops what it does not know (Alt+4, F5) and reads Ctrl+← as ←', () => {
    expect(keysOf('\x1b4\x1b[15~x\x1b[1;5D')).toEqual<Key[]>([{ kind: 'text', text: 'x' }, { kind: 'left' }]);
  });

  it('reads pasted lines as one line of text, without running it', () => {
    expect(keysOf('docker network\nls\n')).toEqual<Key[]>([{ kind: 'text', text: 'docker network ls' }]);
  });
});

describe('edit', () => {
  it('inserts at the cursor, deletes on both sides, moves and kills', () => {
    let line = type(lineOf(''), 'docker ps');
    line = type(line, '\x1b[D\x1b[Dnetwork ');
    expect(line).toEqual({ text: 'docker network ps', cursor: 15 });
    line = type(line, '\x1b[3~\x1b[3~s\x1b[Fx\x7f');
    expect(line.text).toBe('docker network s');
    line = type(line, '\x1b[H\x1b[3~D');
    expect(line).toEqual({ text: 'Docker network s', cursor: 1 });
    expect(type(line, '\x0b')).toEqual({ text: 'D', cursor: 1 });
    expect(type(line, '\x15')).toEqual({ text: 'ocker network s', cursor: 0 });
    expect(type({ text: 'x', cursor: 0 }, '\x7f\x1b[D')).toEqual({ text: 'x', cursor: 0 });
  });

  it('leaves keys that are not edits to the terminal', () => {
    for (const kind of ['enter', 'tab', 'up', 'down', 'cancel', 'clear'] as const)
      expect(edit(lineOf('x'), { kind })).toBeUndefined();
  });
});

describe('redraw', () => {
  const prompt = { styled: '$ ', width: 2 };

  it('draws prompt and line and puts the cursor back where it is', () => {
    expect(redraw(prompt, { text: 'abc', cursor: 1 }, 80, 0)).toEqual({ data: '\r\x1b[J$ abc\r\x1b[3C', row: 0 });
  });

  it('goes up to the first row of a wrapped line first, and wraps a line that fills its last row', () => {
    const { data, row } = redraw(prompt, { text: 'abcdefgh', cursor: 8 }, 10, 1);
    expect(data).toBe('\x1b[1A\r\x1b[J$ abcdefgh \r\r');
    expect(row).toBe(1);
    const back = redraw(prompt, { text: 'abcdefghijk', cursor: 2 }, 10, row);
    expect(back.data).toBe('\x1b[1A\r\x1b[J$ abcdefghijk\x1b[1A\r\x1b[4C');
    expect(back.row).toBe(0);
  });
});

describe('completion', () => {
  it('completes one candidate with a space, and several as far as they agree', () => {
    expect(complete(lineOf('docker netw'), 7, ['network']).line).toEqual(lineOf('docker network '));
    expect(complete(lineOf('docker run --network='), 21, ['backend-network']).line.text).toBe(
      'docker run --network=backend-network ',
    );
    expect(complete(lineOf('docker network c'), 15, ['connect', 'create']).list).toEqual(['connect', 'create']);
    expect(complete(lineOf('docker network d'), 15, ['disconnect', 'disconnected']).line.text).toBe(
      'docker network disconnect',
    );
    expect(complete(lineOf('docker x'), 7, [])).toEqual({ line: lineOf('docker x') });
  });

  it('keeps what follows the cursor', () => {
    expect(complete({ text: 'docker netw ls', cursor: 11 }, 7, ['network']).line).toEqual({
      text: 'docker network  ls',
      cursor: 15,
    });
  });

  it('lists candidates in columns that fit the width', () => {
    expect(commonPrefix(['create', 'connect'])).toBe('c');
    expect(columns(['ls', 'rm', 'create', 'connect', 'inspect'], 20)).toEqual([
      'connect  ls',
      'create   rm',
      'inspect',
    ]);
  });
});

describe('History', () => {
  const storage = () => {
    const items = new Map<string, string>();
    return {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => void items.set(key, value),
    } as Storage;
  };

  it('walks back and forth, comes back to the line being typed, and is kept per lesson', () => {
    const kept = storage();
    const history = new History('networks', kept);
    history.add('docker ps');
    history.add('docker network ls');
    history.add('docker network ls');
    expect(history.older('docker ins')).toBe('docker network ls');
    expect(history.older('')).toBe('docker ps');
    expect(history.older('')).toBeUndefined();
    expect(history.newer()).toBe('docker network ls');
    expect(history.newer()).toBe('docker ins');
    expect(history.newer()).toBeUndefined();
    expect(new History('networks', kept).older('')).toBe('docker network ls');
    expect(new History('links', kept).older('')).toBeUndefined();
  });
});
