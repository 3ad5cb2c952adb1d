/**
 * Cancelling a step. The engine requests made inside `withAbortSignal` are aborted by the transport;
 * these helpers make a step stop at once even where a request cannot be aborted (an attached stream,
 * a pull already under way), and say so in one coded error.
 */
import { AppError } from '@shared/errors';
import { lessonErrors } from '../messages';

export function cancelledError(): AppError {
  return new AppError('CANCELLED', lessonErrors.cancelled, { fix: lessonErrors.cancelledFix });
}

/** Stops at a cancelled signal with the CANCELLED error, whatever reason the signal was given. */
export function throwIfCancelled(signal: AbortSignal): void {
  if (signal.aborted) throw cancelledError();
}

/**
 * `work`, or the CANCELLED error as soon as the signal fires. The work is not awaited any further:
 * the caller cleans up after it (removes the container it was running, for instance).
 */
export function untilCancelled<T>(signal: AbortSignal, work: Promise<T>): Promise<T> {
  throwIfCancelled(signal);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(cancelledError());
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
