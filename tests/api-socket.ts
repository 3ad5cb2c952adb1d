/**
 * Browser mode's WebSocket API from node, in the contract's envelope: requests matched to their replies by
 * id. Shared by the bench (drives lessons) and the contract fuzz (sends raw frames and reads every reply).
 */
import WebSocket from 'ws';
import type { ServerMessage } from '../src/shared/contract';

export type Reply = Extract<ServerMessage, { t: 'res' }>;

export interface SocketOptions {
  /** The id of the first request; later ones count up from it. */
  firstId?: number;
  /** How long a request waits for its reply. */
  replyMs?: number;
}

export class ApiSocket {
  /** Every message the server sent, in order. */
  readonly received: ServerMessage[] = [];
  /** The close code, once the server or we closed the connection. */
  closedWith?: number;
  private waiters: Array<() => void> = [];
  private readonly listeners: Array<(message: ServerMessage) => void> = [];
  private readonly firstId: number;
  private nextId: number;
  private readonly replyMs: number;

  private constructor(
    private readonly socket: WebSocket,
    options: SocketOptions,
  ) {
    this.firstId = options.firstId ?? 1;
    this.nextId = this.firstId;
    this.replyMs = options.replyMs ?? 30_000;
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as ServerMessage;
      this.received.push(message);
      for (const listener of this.listeners) listener(message);
      this.wake();
    });
    socket.on('close', (code) => {
      this.closedWith = code;
      this.wake();
    });
  }

  /** `appUrl` is what browser mode prints: http://127.0.0.1:PORT/?token=... */
  static open(appUrl: string, options: SocketOptions = {}): Promise<ApiSocket> {
    const url = new URL(appUrl);
    const socket = new WebSocket(`ws://${url.host}/api?token=${url.searchParams.get('token')}`);
    return new Promise((resolve, reject) => {
      socket.once('open', () => resolve(new ApiSocket(socket, options)));
      socket.once('error', reject);
    });
  }

  /** Called with each message as it arrives, before any wait sees it. */
  onMessage(listener: (message: ServerMessage) => void): void {
    this.listeners.push(listener);
  }

  /** A frame as it is, well-formed or not. */
  sendRaw(frame: string | Buffer): void {
    this.socket.send(frame);
  }

  /** One request; resolves with its reply, result or error. */
  async request(op: string, input: unknown): Promise<Reply> {
    const id = this.nextId++;
    const from = this.received.length;
    this.sendRaw(JSON.stringify({ t: 'req', id, op, input }));
    const isReply = (message: ServerMessage): message is Reply => message.t === 'res' && message.id === id;
    let reply: Reply | undefined;
    await this.until(() => {
      reply = this.received.slice(from).find(isReply);
      return reply !== undefined;
    }, this.replyMs).catch((error: Error) => {
      throw new Error(`${op}: ${error.message}`);
    });
    return reply as Reply;
  }

  /** Whether `id` is one of the requests this socket sent. */
  sent(id: number): boolean {
    return Number.isInteger(id) && id >= this.firstId && id < this.nextId;
  }

  /** One request; its result, or throws with the error it got. */
  async call<T = unknown>(op: string, input: unknown): Promise<T> {
    const reply = await this.request(op, input);
    if ('error' in reply) throw new Error(`${op} ${JSON.stringify(input)}: ${reply.error.code} ${reply.error.message}`);
    return reply.result as T;
  }

  /** Resolves once `done()` holds, checked at each message; rejects when the connection closes or after `ms`. */
  until(done: () => boolean, ms = this.replyMs): Promise<void> {
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

  close(): void {
    this.socket.close();
  }

  private wake(): void {
    for (const waiter of [...this.waiters]) waiter();
  }
}
