/**
 * Ctrl+C in the headless runner: the first one cancels the running step, which then removes what it
 * had started (nothing is left half-made on the engine); a second one exits at once.
 */
export const EXIT_INTERRUPTED = 130;

export interface Interrupt {
  signal: AbortSignal;
  dispose(): void;
}

export function cancelOnInterrupt(onFirst: () => void): Interrupt {
  const controller = new AbortController();
  const onSigint = () => {
    if (controller.signal.aborted) process.exit(EXIT_INTERRUPTED);
    controller.abort();
    onFirst();
  };
  process.on('SIGINT', onSigint);
  return { signal: controller.signal, dispose: () => process.off('SIGINT', onSigint) };
}
