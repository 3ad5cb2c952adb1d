/** An xterm.js terminal in a div, sized to it (fit addon), themed like the app. */
import { type MantineTheme, useComputedColorScheme, useMantineTheme } from '@mantine/core';
import { FitAddon } from '@xterm/addon-fit';
import { Terminal } from '@xterm/xterm';
import '@xterm/xterm/css/xterm.css';
import { type RefObject, useEffect, useRef, useState } from 'react';
import { attachClipboardKeys, terminalTheme } from './terminal-setup';

export interface TerminalView {
  container: RefObject<HTMLDivElement | null>;
  /** Created the first time the div is on screen: a hidden tab has no size to fit or open a session with. */
  terminal?: Terminal;
}

function createTerminal(element: HTMLElement, theme: MantineTheme, scheme: 'light' | 'dark') {
  // No WebGL or canvas addon: the DOM renderer keeps the screen's text in the page (tests read it).
  const terminal = new Terminal({
    cursorBlink: true,
    fontFamily: theme.fontFamilyMonospace,
    fontSize: 13,
    scrollback: 5000,
    theme: terminalTheme(scheme, theme),
  });
  const fit = new FitAddon();
  terminal.loadAddon(fit);
  terminal.open(element);
  return { terminal, fit };
}

export function useTerminal(onClipboardError: (error: unknown) => void): TerminalView {
  const container = useRef<HTMLDivElement>(null);
  const [terminal, setTerminal] = useState<Terminal>();
  const scheme = useComputedColorScheme('light');
  const theme = useMantineTheme();
  const current = useRef({ scheme, theme, onClipboardError });
  current.current = { scheme, theme, onClipboardError };

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    let created: ReturnType<typeof createTerminal> | undefined;
    const onResize = () => {
      if (element.clientWidth === 0 || element.clientHeight === 0) return;
      if (!created) {
        created = createTerminal(element, current.current.theme, current.current.scheme);
        attachClipboardKeys(created.terminal, (error) => current.current.onClipboardError(error));
        setTerminal(created.terminal);
      }
      if (created.fit.proposeDimensions()) created.fit.fit();
    };
    const observer = new ResizeObserver(onResize);
    observer.observe(element);
    onResize();
    return () => {
      observer.disconnect();
      created?.terminal.dispose();
      setTerminal(undefined);
    };
  }, []);

  useEffect(() => {
    if (terminal) terminal.options.theme = terminalTheme(scheme, theme);
  }, [terminal, scheme, theme]);

  return { container, terminal };
}
