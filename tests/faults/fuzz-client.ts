/**
 * Drives browser mode's WebSocket one fuzz message at a time. After each message it sends a sentinel
 * request (engine.status, answered from memory): the router refuses bad messages synchronously, so
 * by the time the sentinel's answer arrives every refusal of the message has arrived before it.
 */

import WebSocket from 'ws';
import { contractErrors, type ServerMessage } from '../../src/shared/contract';
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
  private readonly received: ServerMessage[] = [];
  private waiters: Array<() => void> = [];
  private closedWith?: number;
  private readonly ownIds = new Set<number>();
  private nextOwnId = OWN_IDS;
  /** Accepted requests not answered yet: the fuzz goes on meanwhile, settle() waits for them. */
  private readonly awaiting = new Map<number, Outcome>();

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data) => {
      const reply = JSON.parse(String(data)) as ServerMessage;
      this.received.push(reply);
      const outcome = reply.t === 'res' ? this.awaiting.get(reply.id) : undefined;
      if (outcome) {
        outcome.answered = true;
        this.awaiting.delete(reply.id);
      }
      this.wake();
    });
    socket.on('close', (code) => {
      this.closedWith = code;
      this.wake();
    });
  }

  /** `appUrl` is what browser mode prints: http://127.0.0.1:PORT/?token=... */
  static open(appUrl: string): Promise<FuzzClient> {
    const url = new URL(appUrl);
    const socket = new WebSocket(`ws://${url.host}/api?token=${url.searchParams.get('token')}`);
    return new Promise((resolve, reject) => {
      socket.once('open', () => resolve(new FuzzClient(socket)));
      socket.once('error', reject);
    });
  }

  /** Sends raw text or bytes and resolves with the close code the server ends the connection with. */
  static async closeCodeFor(appUrl: string, frame: string | Buffer): Promise<number> {
    const client = await FuzzClient.open(appUrl);
    client.socket.send(frame);
    await client.until(() => false, REPLY_MS).catch(() => undefined);
    return client.closedWith ?? -1;
  }

  async send(message: FuzzMessage): Promise<Outcome> {
    const start = this.received.length;
    this.socket.send(message.frame);
    await this.request('engine.status', {});
    const mine = this.received.slice(start).filter((r) => this.belongs(r, message));
    const refusal = mine.map(errorOf).find((error) => error && contractCodes.has(error.code));
    const outcome: Outcome = { message, refusedWith: refusal?.code, answered: mine.length > 0 };
    if (!refusal && message.kind === 'req' && message.id !== undefined) {
      outcome.answered = mine.some((r) => r.t === 'res');
      if (!outcome.answered) this.awaiting.set(message.id, outcome);
    }
    if (!refusal && message.kind === 'sub') {
      this.socket.send(JSON.stringify({ t: 'unsub', id: message.id }));
      outcome.answered = true;
    }
    return outcome;
  }

  /** Waits (up to `ms`) for the replies to accepted requests still outstanding. */
  async settle(ms = REPLY_MS): Promise<void> {
    await this.until(() => this.awaiting.size === 0, ms).catch(() => undefined);
  }

  /** Error replies, so far, without a code. */
  uncodedErrors(): number {
    return this.received.map(errorOf).filter((error) => error && (typeof error.code !== 'string' || error.code === ''))
      .length;
  }

  /** One request of our own: its result, or `{ error }`. */
  async request(op: string, input: unknown): Promise<unknown> {
    const id = this.nextOwnId++;
    this.ownIds.add(id);
    this.socket.send(JSON.stringify({ t: 'req', id, op, input }));
    const reply = await this.reply((r) => r.t === 'res' && r.id === id);
    return 'result' in reply ? reply.result : { error: errorOf(reply) };
  }

  close(): void {
    this.socket.close();
  }

  private belongs(reply: ServerMessage, message: FuzzMessage): boolean {
    if (message.id !== undefined) return reply.id === message.id;
    // A broken envelope has no id of ours: its refusal carries -1 or whatever number it held.
    const error = errorOf(reply);
    return !this.ownIds.has(reply.id) && error !== undefined && contractCodes.has(error.code);
  }

  private reply(match: (reply: ServerMessage) => boolean): Promise<ServerMessage> {
    let found: ServerMessage | undefined;
    return this.until(() => {
      found = this.received.find(match);
      return found !== undefined;
    }, REPLY_MS).then(() => found as ServerMessage);
  }

  private until(done: () => boolean, ms: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const check = () => {
        if (done()) return finish(resolve);
        if (this.closedWith !== undefined)
          return finish(() => reject(new Error(`connection closed (${this.closedWith})`)));
      };
      const timer = setTimeout(() => finish(() => reject(new Error(`no reply within ${ms} ms`))), ms);
      const finish = (then: () => void) => {
        clearTimeout(timer);
        this.waiters = this.waiters.filter((w) => w !== check);
        then();
      };
      this.waiters.push(check);
      check();
    });
  }

  private wake(): void {
    for (const waiter of [...this.waiters]) waiter();
  }
}
