/**
 * Browser mode: the built renderer and the contract, on 127.0.0.1 only, behind a per-launch token. It
 * listens at once, serving the build's files; the contract's wire (and the services, zod, the engine client
 * behind it) loads meanwhile, and a page or socket that asks for it first waits for it: the learner's page
 * carries the first screen's data and text (learner-page.ts).
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Duplex } from 'node:stream';
import type { AppServices } from '../api/services';
import { resourcesDir } from '../resources';
import { isPageRequest, servePage, tokenOf } from './page';
import { serveStatic } from './static-files';

export interface WebServer {
  url: string;
  origin: string;
  token: string;
  close(): Promise<void>;
}

type Wire = ReturnType<typeof import('../api/wires/websocket')['attachWebSocket']>;
type Upgrade = [req: IncomingMessage, socket: Duplex, head: Buffer];

/** Upgrades that come before the wire listens are held, and handed to it once it does; returns `drop`. */
function holdUpgrades(server: Server, wire: Promise<unknown>): () => void {
  const held: Upgrade[] = [];
  const hold = (...upgrade: Upgrade) => held.push(upgrade);
  const drop = () => {
    server.off('upgrade', hold);
    for (const [, socket] of held.splice(0)) socket.destroy();
  };
  server.on('upgrade', hold);
  wire.then(() => {
    server.off('upgrade', hold);
    for (const upgrade of held.splice(0)) server.emit('upgrade', ...upgrade);
  }, drop);
  return drop;
}

/**
 * `services`: the services, or how to load them; they are loaded once the server listens (loading them
 * before, even in a promise, would hold the listening back: a module loads in one go).
 */
export async function startWebServer(
  services: AppServices | (() => Promise<AppServices>),
  rendererDir: string,
  port = 0,
): Promise<WebServer> {
  const token = randomBytes(24).toString('base64url');
  let origin = '';
  const extra = { '/favicon.png': join(resourcesDir(), 'icon.png') };
  const server = createServer((req, res) => {
    if (isPageRequest(req) && tokenOf(req)) return void bootedPage(req, res);
    if (req.method !== 'POST') return serveStatic(rendererDir, req, res, extra);
    void Promise.all([websocket, wire]).then(
      ([{ answerProbe }, sockets]) => answerProbe(req, res, token, origin, sockets.pagesOpen()),
      () => res.writeHead(503).end(),
    );
  });
  // Once this function has returned and the caller printed the address.
  const listened = new Promise<void>((resolve) => server.once('listening', () => setImmediate(resolve)));
  const websocket = listened.then(() => import('../api/wires/websocket'));
  const loaded = listened.then(() => (typeof services === 'function' ? services() : services));
  const wire: Promise<Wire> = Promise.all([websocket, loaded]).then(([{ attachWebSocket }, ready]) =>
    attachWebSocket(server, ready, token, () => origin),
  );
  const dropHeld = holdUpgrades(server, wire);
  const boot = listened.then(() => import('./learner-page'));
  /** The learner's page comes with the first screen's data; without the token (or if that fails), the bare page. */
  const bootedPage = (req: IncomingMessage, res: ServerResponse) =>
    Promise.all([websocket, loaded, boot])
      .then(async ([{ sameToken }, ready, { learnerPage }]) => {
        if (!sameToken(tokenOf(req), token)) return serveStatic(rendererDir, req, res, extra);
        servePage(rendererDir, req, res, await learnerPage(rendererDir, ready, req.headers['accept-language']));
      })
      .catch(() => {
        if (!res.headersSent) serveStatic(rendererDir, req, res, extra);
      });
  // Made once ahead, so that the page the learner opens first does not wait for its first rendering.
  Promise.all([loaded, boot])
    .then(([ready, { learnerPage }]) => learnerPage(rendererDir, ready, undefined))
    .catch(() => undefined);
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
        dropHeld();
        void wire.then(
          (sockets) => sockets.close(),
          () => undefined,
        );
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
