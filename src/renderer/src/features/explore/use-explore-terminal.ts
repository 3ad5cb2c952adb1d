/** The Explore terminal's behaviour on the panel's terminal, once it exists; requests wait for it. */
import type { Terminal } from '@xterm/xterm';
import { useCallback, useEffect, useRef, useState } from 'react';
import { type ExploreContext, type ExploreRequest, ExploreTerminal, type Mode } from './explore-terminal';

export function useExploreTerminal(terminal: Terminal | undefined, context: ExploreContext) {
  const latest = useRef(context);
  latest.current = context;
  const explore = useRef<ExploreTerminal | undefined>(undefined);
  const pending = useRef<ExploreRequest | undefined>(undefined);
  const [mode, setMode] = useState<Mode>({ kind: 'prompt' });

  useEffect(() => {
    if (!terminal) return;
    // Deferred: React StrictMode mounts, unmounts and mounts again at once; only the last one starts.
    const timer = setTimeout(() => {
      explore.current = new ExploreTerminal(terminal, () => latest.current, setMode);
      const request = pending.current;
      pending.current = undefined;
      if (request) explore.current.request(request);
    }, 0);
    return () => {
      clearTimeout(timer);
      explore.current?.dispose();
      explore.current = undefined;
    };
  }, [terminal]);

  // Another node or lesson: the prompt says so at once.
  // biome-ignore lint/correctness/useExhaustiveDependencies: redrawn when the node or lesson changes
  useEffect(() => explore.current?.refreshPrompt(), [context.node, context.lesson?.id]);

  const request = useCallback((next: ExploreRequest) => {
    if (explore.current) explore.current.request(next);
    else pending.current = next;
  }, []);

  return { mode, request };
}
