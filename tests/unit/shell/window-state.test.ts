// The saved window state: anything malformed gives the defaults; a position no display shows any more
// gives a centered window of the saved size.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  defaultWindowState,
  loadWindowState,
  parseWindowState,
  placeOnDisplays,
  saveWindowState,
} from '../../../src/main/shell/window-state';

const laptop = { x: 0, y: 0, width: 1920, height: 1050 };
const rightMonitor = { x: 1920, y: 0, width: 2560, height: 1400 };
const dir = mkdtempSync(join(tmpdir(), 'ct-window-state-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parseWindowState', () => {
  it('keeps a valid state', () => {
    const state = { width: 1300, height: 900, x: 40, y: 30, maximized: true };
    expect(parseWindowState(state)).toEqual(state);
    expect(parseWindowState({ width: 1300, height: 900 })).toEqual({ width: 1300, height: 900, maximized: false });
  });

  it.each([
    null,
    'big',
    42,
    [],
    {},
    { width: '1300', height: 900 },
    { width: 1300.5, height: 900 },
    { width: 10, height: 10 },
    { width: 1e9, height: 900 },
    { width: 1300, height: 900, x: 40 },
    { width: 1300, height: 900, x: Number.NaN, y: 0 },
    { width: 1300, height: 900, x: 1e12, y: 0 },
    { width: 1300, height: 900, maximized: 'yes' },
  ])('gives the defaults for %j', (raw) => {
    expect(parseWindowState(raw)).toEqual(defaultWindowState);
  });
});

describe('placeOnDisplays', () => {
  const at = (x: number, y: number) => ({ width: 1200, height: 800, x, y, maximized: false });

  it('keeps a position that a display shows, on any display', () => {
    expect(placeOnDisplays(at(100, 50), [laptop])).toEqual(at(100, 50));
    expect(placeOnDisplays(at(2500, 200), [laptop, rightMonitor])).toEqual(at(2500, 200));
  });

  it('centers a window whose display is gone or that is off every screen', () => {
    const centered = { width: 1200, height: 800, maximized: false };
    expect(placeOnDisplays(at(2500, 200), [laptop])).toEqual(centered);
    expect(placeOnDisplays(at(-5000, -5000), [laptop, rightMonitor])).toEqual(centered);
    expect(placeOnDisplays(at(1880, 100), [laptop])).toEqual(centered); // only 40 px showing
    expect(placeOnDisplays(at(100, -300), [laptop])).toEqual(centered); // title bar above the screen
    expect(placeOnDisplays(at(100, 50), [])).toEqual(centered);
  });
});

describe('loadWindowState and saveWindowState', () => {
  it('round-trips through the file', () => {
    const file = join(dir, 'nested', 'window-state.json');
    saveWindowState(file, { x: 100.4, y: 60, width: 1280, height: 720 }, true);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
      x: 100,
      y: 60,
      width: 1280,
      height: 720,
      maximized: true,
    });
    expect(loadWindowState(file, [laptop])).toEqual({ x: 100, y: 60, width: 1280, height: 720, maximized: true });
  });

  it('gives the defaults for a missing or damaged file, and centers an off-screen one', () => {
    expect(loadWindowState(join(dir, 'missing.json'), [laptop])).toEqual(defaultWindowState);
    const damaged = join(dir, 'damaged.json');
    writeFileSync(damaged, '{"width": 1200, "height":');
    expect(loadWindowState(damaged, [laptop])).toEqual(defaultWindowState);
    const offScreen = join(dir, 'off-screen.json');
    writeFileSync(offScreen, JSON.stringify({ x: 4000, y: 100, width: 1000, height: 700, maximized: false }));
    expect(loadWindowState(offScreen, [laptop])).toEqual({ width: 1000, height: 700, maximized: false });
  });
});
