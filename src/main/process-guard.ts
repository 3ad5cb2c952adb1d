/**
 * The main process's second line of defence. An error nobody handled (an 'error' event without a
 * listener, a promise rejection nobody awaited) would end the process, and with it every window and
 * session of the app, for one bad request. The guard reports each one, with its stack, on stderr and
 * keeps the process alive: it reports, it does not hide. Signals are untouched, so Ctrl+C still stops.
 */
import { inspect } from 'node:util';

type Report = (line: string) => void;

export const strayErrorPrefix = '[main] stray error';

/** The stack and the error's own properties (code, syscall, hostname...), as Node prints a crash. */
function printable(error: unknown): string {
  return inspect(error, { depth: 4, breakLength: Number.POSITIVE_INFINITY });
}

/** Installs the handlers; returns the function that removes them again. */
export function installProcessGuard(report: Report = (line) => console.error(line)): () => void {
  const handler = (kind: string) => (error: unknown) => {
    try {
      report(`${strayErrorPrefix} (${kind}), the app carries on: ${printable(error)}`);
    } catch {
      // Nowhere left to report to (stderr is gone): staying alive is still the point.
    }
  };
  const onException = handler('uncaught exception');
  const onRejection = handler('unhandled rejection');
  process.on('uncaughtException', onException);
  process.on('unhandledRejection', onRejection);
  return () => {
    process.off('uncaughtException', onException);
    process.off('unhandledRejection', onRejection);
  };
}
