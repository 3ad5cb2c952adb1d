/** The xterm.js terminal's look and its clipboard keys. */
import type { MantineTheme } from '@mantine/core';
import type { ITheme, Terminal } from '@xterm/xterm';
import { isPanelShortcut } from '../../app/shortcuts';

export function terminalTheme(scheme: 'light' | 'dark', theme: MantineTheme): ITheme {
  if (scheme === 'dark') {
    return {
      background: theme.colors.dark[8],
      foreground: theme.colors.dark[0],
      cursor: theme.colors.dark[0],
      selectionBackground: theme.colors.blue[8],
      // Readable on the dark background (xterm's own red and green are too dark for it).
      red: theme.colors.red[4],
      green: theme.colors.green[4],
    };
  }
  // xterm's default ANSI colours are made for a dark background: darken the pale ones.
  return {
    background: theme.white,
    foreground: theme.black,
    cursor: theme.black,
    selectionBackground: theme.colors.blue[2],
    white: theme.colors.gray[7],
    brightWhite: theme.colors.gray[9],
    yellow: theme.colors.yellow[9],
    brightYellow: theme.colors.orange[8],
    brightBlack: theme.colors.gray[6],
    red: theme.colors.red[9],
    green: theme.colors.green[9],
  };
}

export async function copySelection(terminal: Terminal): Promise<void> {
  const selection = terminal.getSelection();
  if (selection) await navigator.clipboard.writeText(selection);
}

/** Pastes like typing it would (bracketed paste when the program asked for it). */
export async function pasteClipboard(terminal: Terminal): Promise<void> {
  const text = await navigator.clipboard.readText();
  if (text) terminal.paste(text);
}

const clipboardKeys: Record<string, (terminal: Terminal) => Promise<void>> = {
  KeyC: copySelection,
  KeyV: pasteClipboard,
};

/**
 * Ctrl/Cmd+Shift+C and V copy and paste (plain Ctrl+C must stay the interrupt key); Shift+Tab moves
 * focus out of the terminal, so keyboard users are not trapped (redis-cli has no use for it).
 */
export function attachClipboardKeys(terminal: Terminal, onError: (error: unknown) => void): void {
  terminal.attachCustomKeyEventHandler((event) => {
    if (event.key === 'Tab' && event.shiftKey && !event.ctrlKey && !event.metaKey) return false;
    if (isPanelShortcut(event)) return false; // the panel switch handles it; the program never sees it
    if (event.type !== 'keydown' || !event.shiftKey || !(event.ctrlKey || event.metaKey)) return true;
    const action = clipboardKeys[event.code];
    if (!action) return true;
    event.preventDefault();
    action(terminal).catch(onError);
    return false;
  });
}
