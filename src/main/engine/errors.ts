/** Turns what the transport and the engine report into an AppError with a code the lesson layer can act on. */
import { AppError, type AppErrorCode } from '@shared/errors';
import type { Text } from '@shared/lesson';
import { say, verbatim } from '@shared/messages';
import { engineErrors } from './messages';
import { EngineAbortError, EngineHttpError, EngineRefError, EngineTimeoutError } from './transport/errors';

/** Socket errors that mean the engine is not there (any more). */
const GONE = new Set(['ECONNREFUSED', 'ENOENT', 'EACCES', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT']);

export function engineMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function classify(error: unknown): AppErrorCode {
  if (error instanceof EngineTimeoutError || error instanceof EngineAbortError) return 'ENGINE_UNAVAILABLE';
  if (error instanceof EngineRefError) return 'NOT_FOUND';
  if (!(error instanceof EngineHttpError)) {
    const code = (error as { code?: unknown })?.code;
    return typeof code === 'string' && GONE.has(code) ? 'ENGINE_UNAVAILABLE' : 'ENGINE_ERROR';
  }
  // The engine gives no status of its own for these: its words are the only signal.
  if (/port is already allocated|address already in use|ports are not available/i.test(error.message))
    return 'PORT_BUSY';
  if (/link is not supported/i.test(error.message)) return 'LINKS_UNSUPPORTED';
  if (error.statusCode === 409) return 'NAME_TAKEN';
  if (error.statusCode === 404) return 'NOT_FOUND';
  return 'ENGINE_ERROR';
}

/** Whether the caller cancelled (as opposed to the engine failing). */
export function isCancelled(error: unknown): boolean {
  const cause = error instanceof AppError ? error.cause : error;
  return cause instanceof EngineAbortError && cause.reason === 'cancelled';
}

/** The engine's HTTP status, when it answered at all. */
export function statusOf(error: unknown): number | undefined {
  const cause = error instanceof AppError ? error.cause : error;
  return cause instanceof EngineHttpError ? cause.statusCode : undefined;
}

/** `doing` (from the catalog's `doing`) says what the app was doing; the engine's own words stay as it said them. */
export function toAppError(error: unknown, doing?: Text): AppError {
  if (error instanceof AppError) return error;
  const message = engineMessage(error);
  const code = isCancelled(error) ? 'ENGINE_ERROR' : classify(error);
  const stopped = code === 'ENGINE_UNAVAILABLE' && !(error instanceof EngineTimeoutError);
  const said = stopped ? say(engineErrors.stoppedAnswering, { why: message }) : verbatim(message);
  const text = doing
    ? say(engineErrors.failed, { doing, said })
    : stopped
      ? said
      : say(engineErrors.said, { said: message });
  return new AppError(code, text, { statusCode: statusOf(error), cause: error });
}

/** Awaits an engine call, rethrowing failures as AppError with what was being done. */
export async function engineCall<T>(doing: Text, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw toAppError(error, doing);
  }
}
