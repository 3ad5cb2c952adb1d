/**
 * Browser mode's wire: the contract over a WebSocket on loopback only, open to whoever holds this
 * launch's random token (and, from a browser, only to pages served by this same server).
 */
import { timingSafeEqual } from 'node:crypto';
import { type IncomingMessage, type Server, type ServerResponse, STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { contractErrors, type WireError } from '@shared/contract';
import type { Text } from '@shared/lesson';
import { say } from '@shared/messages';
import { WebSocketServer } from 'ws';
import { wireRefusals } from '../messages';
import { openConnection } from '../router';
import type { AppServices } from '../services';
import { BufferedFlow } from './flow';

const MAX_MESSAGE_BYTES = 1 << 20;
/** Pages (connections) served at once: a learner has a tab or two; a runaway script gets no more. */
export const MAX_PAGES = 8;

/** Compares in constant time: the page (web/page.ts) and the socket check a token alike. */
export function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export type Verdict = { ok: true } | { ok: false; status: number; refusal: WireError };

/**
 * The page origins that are this server: the address it prints (127.0.0.1) and, as it listens on
 * loopback, `localhost` for the same port. Any other name might be a foreign page.
 */
export function ownOrigins(ownOrigin: string): string[] {
  const { hostname, port } = new URL(ownOrigin);
  return hostname === '127.0.0.1' ? [ownOrigin, `http://localhost:${port}`] : [ownOrigin];
}

function refused(status: number, messageText: Text, fixText: Text): Verdict {
  const refusal = { code: contractErrors.unauthorized, message: messageText.en, fix: fixText.en, messageText, fixText };
  return { ok: false, status, refusal };
}

/** Who may open the socket: the right path and token, and no foreign page (cross-site WebSocket hijacking). */
export function acceptUpgrade(req: IncomingMessage, token: string, ownOrigin: string, pagesOpen = 0): Verdict {
  const url = new URL(req.url ?? '/', ownOrigin);
  const printed = { printed: `${ownOrigin}/?token=…` };
  if (url.pathname !== '/api')
    return refused(404, say(wireRefusals.nothingAt, { path: url.pathname }), say(wireRefusals.openPrinted, printed));
  if (!sameToken(url.searchParams.get('token') ?? '', token))
    return refused(401, wireRefusals.badToken, say(wireRefusals.badTokenFix, printed));
  const origin = req.headers.origin;
  const allowed = ownOrigins(ownOrigin);
  if (origin !== undefined && !allowed.includes(origin))
    return refused(
      403,
      say(wireRefusals.foreignPage, { allowed: allowed.join(' or '), origin }),
      say(wireRefusals.foreignPageFix, printed),
    );
  if (pagesOpen >= MAX_PAGES)
    return refused(503, say(wireRefusals.tooManyPages, { open: pagesOpen }), wireRefusals.tooManyPagesFix);
  return { ok: true };
}

/**
 * A browser is not told why a WebSocket was refused, so the page asks with a POST to the same address:
 * the answer is the verdict (JSON) the upgrade would get. The browser sends the page's Origin with it.
 */
export function answerProbe(
  req: IncomingMessage,
  res: ServerResponse,
  token: string,
  ownOrigin: string,
  pagesOpen = 0,
): void {
  const verdict = acceptUpgrade(req, token, ownOrigin, pagesOpen);
  if (verdict.ok) {
    res.writeHead(204, { 'Cache-Control': 'no-store' }).end();
    return;
  }
  res
    .writeHead(verdict.status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' })
    .end(JSON.stringify(verdict.refusal));
}

export function attachWebSocket(
  server: Server,
  services: AppServices,
  token: string,
  ownOrigin: () => string,
): { close: () => void; pagesOpen: () => number } {
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  const refuse = (socket: Duplex, status: number) => {
    socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  };
  server.on('upgrade', (req, socket, head) => {
    const verdict = acceptUpgrade(req, token, ownOrigin(), wss.clients.size);
    if (!verdict.ok) return refuse(socket, verdict.status);
    wss.handleUpgrade(req, socket, head, (ws) => {
      const flow = new BufferedFlow(() => ws.bufferedAmount);
      const written = () => flow.written();
      const connection = openConnection(services, (message) => ws.send(JSON.stringify(message), written), flow);
      // Oversized messages and broken sockets end this connection, never the server. ws itself closes it: a
      // close frame with the code (1009) and then the socket's end, or a broken socket destroyed. Terminating
      // here reset the socket while the peer was still sending, and the peer could see the reset, not the 1009.
      ws.on('error', () => undefined);
      ws.on('message', (data) => {
        let parsed: unknown;
        try {
          parsed = JSON.parse(String(data));
        } catch {
          parsed = { t: 'invalid JSON' };
        }
        connection.receive(parsed);
      });
      ws.on('close', () => {
        flow.close();
        connection.close();
      });
    });
  });
  return {
    close: () => {
      for (const client of wss.clients) client.terminate();
      wss.close();
    },
    pagesOpen: () => wss.clients.size,
  };
}
