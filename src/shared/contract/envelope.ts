/**
 * One message protocol over both wires (Electron IPC and the browser mode's WebSocket). Replies carry
 * either a result or an error ({result}|{error}); stream events carry the subscription's id. A stream
 * ends once (`end`, with the error when it failed); an engine-backed stream may pause while the engine
 * does not answer (`wait`, saying why) and go on by itself when it answers again (`resume`).
 */
import { z } from 'zod';
import { textSchema } from '../lesson';

const id = z.number().int().nonnegative();

export const clientMessageSchema = z.discriminatedUnion('t', [
  z.object({ t: z.literal('req'), id, op: z.string(), input: z.unknown() }),
  z.object({ t: z.literal('sub'), id, stream: z.string(), params: z.unknown() }),
  z.object({ t: z.literal('unsub'), id }),
]);
export type ClientMessage = z.infer<typeof clientMessageSchema>;

/** `message`/`fix` in English; `messageText`/`fixText` in every language, as a person reads them. */
export const wireErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
  fix: z.string().optional(),
  messageText: textSchema.optional(),
  fixText: textSchema.optional(),
});
export type WireError = z.infer<typeof wireErrorSchema>;

export type ServerMessage =
  | { t: 'res'; id: number; result: unknown }
  | { t: 'res'; id: number; error: WireError }
  | { t: 'evt'; id: number; event: unknown }
  | { t: 'end'; id: number; error?: WireError }
  | { t: 'wait'; id: number; error: WireError }
  | { t: 'resume'; id: number };

export { contractErrors, subscriptionLimit } from './codes';
