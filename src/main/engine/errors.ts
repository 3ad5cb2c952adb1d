/** Turns what dockerode throws into an AppError with a code the lesson layer can act on. */
import { AppError, type AppErrorCode } from '@shared/errors';

interface DockerodeError {
  statusCode?: number;
  json?: { message?: string } | string | null;
  reason?: string;
  code?: string;
  message?: string;
}

export function engineMessage(error: unknown): string {
  const e = error as DockerodeError;
  if (e?.json && typeof e.json === 'object' && e.json.message) return e.json.message;
  if (typeof e?.json === 'string' && e.json.trim()) return e.json.trim();
  return e?.message ?? String(error);
}

function classify(status: number | undefined, message: string, code: string | undefined): AppErrorCode {
  if (code && ['ECONNREFUSED', 'ENOENT', 'EACCES', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT'].includes(code))
    return 'ENGINE_UNAVAILABLE';
  if (/port is already allocated|address already in use|ports are not available/i.test(message)) return 'PORT_BUSY';
  if (/link is not supported/i.test(message)) return 'LINKS_UNSUPPORTED';
  if (status === 409 || /already in use|already exists/i.test(message)) return 'NAME_TAKEN';
  if (status === 404) return 'NOT_FOUND';
  return 'ENGINE_ERROR';
}

export function toAppError(error: unknown, doing?: string): AppError {
  if (error instanceof AppError) return error;
  const e = error as DockerodeError;
  const message = engineMessage(error);
  const code = classify(e?.statusCode, message, e?.code);
  const text = code === 'ENGINE_UNAVAILABLE' ? `the engine stopped answering (${message})` : message;
  return new AppError(code, doing ? `${doing}: ${text}` : text, { statusCode: e?.statusCode, cause: error });
}

/** Awaits an engine call, rethrowing failures as AppError with what was being done. */
export async function engineCall<T>(doing: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw toAppError(error, doing);
  }
}
