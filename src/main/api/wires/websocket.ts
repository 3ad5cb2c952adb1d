/**
 * Browser mode's wire: the contract over a WebSocket on loopback only, open to whoever holds this
 * launch's random token (and, from a browser, only to pages served by this same server).
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { openConnection } from '../router';
import type { AppServices } from '../services';

const MAX_MESSAGE_BYTES = 1 << 20;

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Who may open the socket: the right path and token, and no foreign page (cross-site WebSocket hijacking). */
export function acceptUpgrade(
  req: IncomingMessage,
  token: string,
  ownOrigin: string,
): { ok: true } | { ok: false; status: number; reason: string } {
  const url = new URL(req.url ?? '/', ownOrigin);
  if (url.pathname !== '/api') return { ok: false, status: 404, reason: 'not found' };
  if (!sameToken(url.searchParams.get('token') ?? '', token))
    return { ok: false, status: 401, reason: 'missing or wrong token' };
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== ownOrigin)
    return { ok: false, status: 403, reason: `origin ${origin} not allowed` };
  return { ok: true };
}

export function attachWebSocket(
  server: Server,
  services: AppServices,
  token: string,
  ownOrigin: () => string,
): () => void {
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  const refuse = (socket: Duplex, status: number, reason: string) => {
    socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  };
  server.on('upgrade', (req, socket, head) => {
    const verdict = acceptUpgrade(req, token, ownOrigin());
    if (!verdict.ok) return refuse(socket, verdict.status, verdict.reason);
    wss.handleUpgrade(req, socket, head, (ws) => {
      const connection = openConnection(services, (message) => ws.send(JSON.stringify(message)));
      // Oversized messages and broken sockets end this connection, never the server.
      ws.on('error', () => ws.terminate());
      ws.on('message', (data) => {
        let parsed: unknown;
        try {
          parsed = JSON.parse(String(data));
        } catch {
          parsed = { t: 'invalid JSON' };
        }
        connection.receive(parsed);
      });
      ws.on('close', () => connection.close());
    });
  });
  return () => {
    for (const client of wss.clients) client.terminate();
    wss.close();
  };
}
