/** Browser mode: the built renderer and the contract, on 127.0.0.1 only, behind a per-launch token. */
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { AppServices } from '../api/services';
import { answerProbe, attachWebSocket } from '../api/wires/websocket';
import { resourcesDir } from '../resources';
import { serveStatic } from './static-files';

export interface WebServer {
  url: string;
  origin: string;
  token: string;
  close(): Promise<void>;
}

export async function startWebServer(services: AppServices, rendererDir: string, port = 0): Promise<WebServer> {
  const token = randomBytes(24).toString('base64url');
  let origin = '';
  const extra = { '/favicon.png': join(resourcesDir(), 'icon.png') };
  const server = createServer((req, res) =>
    req.method === 'POST'
      ? answerProbe(req, res, token, origin, sockets.pagesOpen())
      : serveStatic(rendererDir, req, res, extra),
  );
  const sockets = attachWebSocket(server, services, token, () => origin);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        sockets.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
