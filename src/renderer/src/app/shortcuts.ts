/** The app's keyboard shortcuts, in useHotkeys notation, and how to show them on this OS. */
import { useOs } from '@mantine/hooks';

export const shortcuts = {
  run: 'mod+Enter',
  next: 'alt+ArrowRight',
  previous: 'alt+ArrowLeft',
  // Physical keys: Option+1 on a Mac types "¡", but the key is still Digit1.
  logs: 'alt+Digit1',
  networks: 'alt+Digit2',
  console: 'alt+Digit3',
  explore: 'alt+Digit4',
} as const;

export type Shortcut = keyof typeof shortcuts;

/** Alt+1/2/3… switch panels from anywhere; a terminal with the focus must not also type them. */
export function isPanelShortcut(event: KeyboardEvent): boolean {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || !event.code.startsWith('Digit'))
    return false;
  return Object.values(shortcuts).some((keys) => keys === `alt+${event.code}`);
}

const mac: Record<string, string> = { mod: '⌘', alt: '⌥', shift: '⇧', ctrl: '⌃' };
const other: Record<string, string> = { mod: 'Ctrl', alt: 'Alt', shift: 'Shift', ctrl: 'Ctrl' };
const keys: Record<string, string> = { arrowright: '→', arrowleft: '←', enter: 'Enter' };

/** "Ctrl+Enter" on Linux and Windows, "⌘Enter" on a Mac. */
export function useShortcutLabel(): (shortcut: Shortcut) => string {
  const isMac = useOs() === 'macos';
  const names = isMac ? mac : other;
  return (shortcut) =>
    shortcuts[shortcut]
      .split('+')
      .map((part) => names[part] ?? keys[part.toLowerCase()] ?? part.replace(/^Digit/, ''))
      .join(isMac ? '' : '+');
}

/** The shortcut in aria-keyshortcuts notation ("Control+Enter Meta+Enter"). */
export function ariaShortcut(shortcut: Shortcut): string {
  const parts = shortcuts[shortcut].split('+').map((part) => (part === 'alt' ? 'Alt' : part.replace(/^Digit/, '')));
  const join = (mod: string) => parts.map((part) => (part === 'mod' ? mod : part)).join('+');
  return parts.includes('mod') ? `${join('Control')} ${join('Meta')}` : join('');
}
