/**
 * Cancelling work that talks to the engine: every Engine API request made inside `withAbortSignal`
 * is aborted when the signal fires (the transport reads `currentSignal()`), so callers do not have to
 * thread a signal through each function between a Cancel button and the request.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

const scope = new AsyncLocalStorage<AbortSignal>();

/** Runs `work` so that its engine requests are aborted (and reject) once `signal` fires. */
export function withAbortSignal<T>(signal: AbortSignal, work: () => Promise<T>): Promise<T> {
  const outer = scope.getStore();
  // Nested scopes: either signal cancels.
  const combined = outer ? AbortSignal.any([outer, signal]) : signal;
  return scope.run(combined, work);
}

/** The signal of the innermost `withAbortSignal` around the caller, if any. */
export function currentSignal(): AbortSignal | undefined {
  return scope.getStore();
}
