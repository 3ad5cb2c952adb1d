// Alt+1..4 switch panels from anywhere: a terminal's key handler lets them through untyped, and nothing else.
import { describe, expect, it } from 'vitest';
import { isPanelShortcut } from '../../../src/renderer/src/app/shortcuts';

const key = (code: string, mods: Partial<KeyboardEvent> = {}) =>
  ({ code, altKey: true, ctrlKey: false, metaKey: false, shiftKey: false, ...mods }) as KeyboardEvent;

describe('isPanelShortcut', () => {
  it('is Alt with the digit of a panel', () => {
    for (const code of ['Digit1', 'Digit2', 'Digit3', 'Digit4']) expect(isPanelShortcut(key(code))).toBe(true);
  });

  it('is not a digit no panel has, a plain digit, or Alt with other modifiers or keys', () => {
    expect(isPanelShortcut(key('Digit9'))).toBe(false);
    expect(isPanelShortcut(key('Digit1', { altKey: false }))).toBe(false);
    expect(isPanelShortcut(key('Digit1', { ctrlKey: true }))).toBe(false);
    expect(isPanelShortcut(key('Digit1', { shiftKey: true }))).toBe(false);
    expect(isPanelShortcut(key('ArrowRight'))).toBe(false);
    expect(isPanelShortcut(key('KeyB'))).toBe(false);
  });
});
