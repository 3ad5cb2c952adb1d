/** What the transport itself can fail with, besides the socket errors node reports (ECONNREFUSED, ...). */

/** The engine answered with a status the caller did not expect; `message` is the engine's own. */
export class EngineHttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    readonly request: string,
  ) {
    super(message);
    this.name = 'EngineHttpError';
  }
}

/** No answer within the time limit. `connected`: the connection was open, so the engine hung. */
export class EngineTimeoutError extends Error {
  constructor(
    readonly request: string,
    readonly ms: number,
    readonly connected: boolean,
  ) {
    super(`${request} got no answer within ${Math.round(ms / 1000)} s`);
    this.name = 'EngineTimeoutError';
  }
}

/** The caller cancelled (withAbortSignal), or the client was closed because the engine went away. */
export class EngineAbortError extends Error {
  constructor(
    readonly request: string,
    readonly reason: 'cancelled' | 'closed',
  ) {
    super(reason === 'cancelled' ? `${request} was cancelled` : `${request} was cut off: the engine connection closed`);
    this.name = 'EngineAbortError';
  }
}

/** A name or id that cannot be a path segment of the Engine API (empty, `.` or `..`, or too long). */
export class EngineRefError extends Error {
  constructor(readonly value: string) {
    super(`"${value.slice(0, 64)}" is not a valid container, network or image reference`);
    this.name = 'EngineRefError';
  }
}
