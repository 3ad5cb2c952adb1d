/**
 * Drives browser mode's WebSocket one fuzz message at a time. After each message it sends a sentinel
 * request (engine.status, answered from memory): the router refuses bad messages synchronously, so
 * by the time the sentinel's answer arrives every refusal of the message has arrived before it.
 */

import { contractErrors, type ServerMessage } from '../../src/shared/contract';
import { ApiSocket } from '../api-socket';
import type { FuzzMessage } from './messages';

export interface Outcome {
  message: FuzzMessage;
  /** The contract code it was refused with, if it was. */
  refusedWith?: string;
  /** A request got its reply (by the end, see settle()), a broken frame its error; a stream needs none. */
  answered: boolean;
}

const contractCodes = new Set<string>(Object.values(contractErrors));
/** Ids of the client's own requests (sentinels, good requests), above any fuzz message's. */
const OWN_IDS = 2_000_000_000;
const REPLY_MS = 30_000;

const errorOf = (reply: ServerMessage) => ('error' in reply ? reply.error : undefined);

export class FuzzClient {
  /** Accepted requests not answered yet: the fuzz goes on meanwhile, settle() waits for them. */
  private readonly awaiting = new Map<number, Outcome>();

  private constructor(private readonly api: ApiSocket) {
    api.onMessage((reply) => {
      const outcome = reply.t === 'res' ? this.awaiting.get(reply.id) : undefined;
      if (outcome) {
        outcome.answered = true;
        this.awaiting.delete(reply.id);
      }
    });
  }

  /** `appUrl` is what browser mode prints: http://127.0.0.1:PORT/?token=... */
  static async open(appUrl: string): Promise<FuzzClient> {
    return new FuzzClient(await ApiSocket.open(appUrl, { firstId: OWN_IDS, replyMs: REPLY_MS }));
  }

  /** Sends raw text or bytes and resolves with the close code the server ends the connection with. */
  static async closeCodeFor(appUrl: string, frame: string | Buffer): Promise<number> {
    const { api } = await FuzzClient.open(appUrl);
    api.sendRaw(frame);
    await api.until(() => false).catch(() => undefined);
    return api.closedWith ?? -1;
  }

  async send(message: FuzzMessage): Promise<Outcome> {
    const start = this.api.received.length;
    this.api.sendRaw(message.frame);
    await this.api.request('engine.status', {});
    const mine = this.api.received.slice(start).filter((r) => this.belongs(r, message));
    const refusal = mine.map(errorOf).find((error) => error && contractCodes.has(error.code));
    const outcome: Outcome = { message, refusedWith: refusal?.code, answered: mine.length > 0 };
    if (!refusal && message.kind === 'req' && message.id !== undefined) {
      outcome.answered = mine.some((r) => r.t === 'res');
      if (!outcome.answered) this.awaiting.set(message.id, outcome);
    }
    if (!refusal && message.kind === 'sub') {
      this.api.sendRaw(JSON.stringify({ t: 'unsub', id: message.id }));
      outcome.answered = true;
    }
    return outcome;
  }

  /** Waits (up to `ms`) for the replies to accepted requests still outstanding. */
  async settle(ms = REPLY_MS): Promise<void> {
    await this.api.until(() => this.awaiting.size === 0, ms).catch(() => undefined);
  }

  /** Error replies, so far, without a code. */
  uncodedErrors(): number {
    return this.api.received
      .map(errorOf)
      .filter((error) => error && (typeof error.code !== 'string' || error.code === '')).length;
  }

  /** One request of our own: its result, or `{ error }`. */
  async request(op: string, input: unknown): Promise<unknown> {
    const reply = await this.api.request(op, input);
    return 'result' in reply ? reply.result : { error: reply.error };
  }

  close(): void {
    this.api.close();
  }

  private belongs(reply: ServerMessage, message: FuzzMessage): boolean {
    if (message.id !== undefined) return reply.id === message.id;
    // A broken envelope has no id of ours: its refusal carries -1 or whatever number it held.
    const error = errorOf(reply);
    return !this.api.sent(reply.id) && error !== undefined && contractCodes.has(error.code);
  }
}
