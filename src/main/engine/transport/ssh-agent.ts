/**
 * ssh://user@host engines, as the docker CLI reaches them: each connection is `docker system
 * dial-stdio` run on the remote host over ssh, and HTTP goes through its stdin and stdout.
 * One ssh connection per request (sshd limits the channels of one connection, and follow
 * streams hold theirs for long). ssh2 is loaded at the first dial: most engines are not reached over ssh,
 * and a command-line start should not pay for it.
 */
import http from 'node:http';
import type { Duplex } from 'node:stream';
import type { Client, ConnectConfig } from 'ssh2';

type Callback = (error: Error | null, socket: Duplex) => void;

export class SshDialAgent extends http.Agent {
  private readonly clients = new Set<Client>();

  constructor(private readonly config: ConnectConfig) {
    super({ keepAlive: false });
  }

  /** Hands the socket to `callback` once ssh is ready (node's documented asynchronous form). */
  override createConnection(_options: unknown, callback: Callback): Duplex {
    import('ssh2').then(
      (ssh2) => this.dial(new ssh2.Client(), callback),
      (error: Error) => callback(error, undefined as unknown as Duplex),
    );
    return undefined as unknown as Duplex;
  }

  private dial(client: Client, callback: Callback): void {
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
      .once('close', () => this.clients.delete(client));
    try {
      client.connect(this.config);
    } catch (error) {
      fail(error as Error); // a key ssh2 cannot parse throws at once
    }
  }

  override destroy(): void {
    for (const client of this.clients) client.end();
    this.clients.clear();
    super.destroy();
  }
}
