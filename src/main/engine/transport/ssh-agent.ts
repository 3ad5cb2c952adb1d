/**
 * ssh://user@host engines, as the docker CLI reaches them: each connection is `docker system
 * dial-stdio` run on the remote host over ssh, and HTTP goes through its stdin and stdout.
 * One ssh connection per request (sshd limits the channels of one connection, and follow
 * streams hold theirs for long).
 */
import http from 'node:http';
import type { Duplex } from 'node:stream';
import { Client, type ConnectConfig } from 'ssh2';

type Callback = (error: Error | null, socket: Duplex) => void;

export class SshDialAgent extends http.Agent {
  private readonly clients = new Set<Client>();

  constructor(private readonly config: ConnectConfig) {
    super({ keepAlive: false });
  }

  /** Hands the socket to `callback` once ssh is ready (node's documented asynchronous form). */
  override createConnection(_options: unknown, callback: Callback): Duplex {
    const client = new Client();
    this.clients.add(client);
    let settled = false;
    const fail = (error: Error) => {
      client.end();
      if (!settled) callback(error, undefined as unknown as Duplex);
      settled = true;
    };
    client
      .once('ready', () => {
        client.exec('docker system dial-stdio', (error, channel) => {
          if (error) return fail(error);
          settled = true;
          channel.once('close', () => client.end());
          callback(null, channel);
        });
      })
      .on('error', fail)
      .once('close', () => this.clients.delete(client))
      .connect(this.config);
    return undefined as unknown as Duplex;
  }

  override destroy(): void {
    for (const client of this.clients) client.end();
    this.clients.clear();
    super.destroy();
  }
}
