/** The contract's own error codes and limits, without zod: the renderer's first screen reads them. */

/** Codes of errors the contract itself raises (the rest come from the engine and lesson layers). */
export const contractErrors = {
  badMessage: 'BAD_MESSAGE',
  unknownOperation: 'UNKNOWN_OPERATION',
  badInput: 'BAD_INPUT',
  unauthorized: 'UNAUTHORIZED',
  /** A connection holds at most `subscriptionLimit` streams at once. */
  tooManySubscriptions: 'TOO_MANY_SUBSCRIPTIONS',
} as const;

/** Streams one connection may hold at once: the app's panels need a handful, a runaway page no more. */
export const subscriptionLimit = 32;

/** The most lines one log batch carries (a stream frame, a page of the history). */
export const logBatchMax = 5000;

/**
 * How often the logs panel takes new lines: the page renders its list at most this often, and the server
 * sends a following reader at most one frame of live lines this often (the newest of them, in a flood).
 */
export const logUpdateMs = 100;
