/** Browser mode's WebSocket API as a page uses it (the contract's envelope), for driving lessons. */
import WebSocket from 'ws';

type Reply = { t: string; id: number; result?: unknown; error?: { code: string; message: string } };

export class ApiClient {
  private nextId = 1;
  private readonly pending = new Map<number, (reply: Reply) => void>();

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data) => {
      const reply = JSON.parse(String(data)) as Reply;
      if (reply.t === 'res') this.pending.get(reply.id)?.(reply);
    });
  }

  /** `appUrl` is what browser mode prints: http://127.0.0.1:PORT/?token=... */
  static open(appUrl: string): Promise<ApiClient> {
    const url = new URL(appUrl);
    const socket = new WebSocket(`ws://${url.host}/api?token=${url.searchParams.get('token')}`);
    return new Promise((resolve, reject) => {
      socket.once('open', () => resolve(new ApiClient(socket)));
      socket.once('error', reject);
    });
  }

  /** One request; its result, or throws with the error it got. */
  call<T = unknown>(op: string, input: unknown, timeoutMs = 300_000): Promise<T> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${op}: no reply within ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, (reply) => {
        clearTimeout(timer);
        this.pending.delete(id);
        if (reply.error)
          reject(new Error(`${op} ${JSON.stringify(input)}: ${reply.error.code} ${reply.error.message}`));
        else resolve(reply.result as T);
      });
      this.socket.send(JSON.stringify({ t: 'req', id, op, input }));
    });
  }

  close(): void {
    this.socket.close();
  }
}
