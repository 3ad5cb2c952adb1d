/**
 * A unix socket in front of the engine's: every connection is forwarded to the real socket byte for
 * byte, and the HTTP requests going through are read (method and target) to count them and to catch
 * any that tries to leave the Engine API. Plus a trap: a TCP port on 127.0.0.1 that nothing should
 * ever reach (the bug sent a redirect's request to such a port).
 */
import { once } from 'node:events';
import { createConnection, createServer, type Server, type Socket } from 'node:net';

export interface EngineRequest {
  method: string;
  target: string;
  at: number;
}

export interface EngineProxy {
  socketPath: string;
  requests: EngineRequest[];
  /** Requests whose target is not a plain path on this engine, with why. */
  escapes: Array<EngineRequest & { why: string }>;
  close(): Promise<void>;
}

/** Why a request target could leave the API (or undefined): dot segments get redirected, others are not paths. */
export function escapeReason(target: string): string | undefined {
  if (!target.startsWith('/') || target.startsWith('//')) return 'not a path on this engine';
  const path = target.split(/[?#]/)[0] as string;
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return 'a malformed percent-encoding';
  }
  const dotSegment = (p: string) => p.split(/[/\\]/).some((segment) => segment === '.' || segment === '..');
  if (dotSegment(path) || dotSegment(decoded)) return 'a dot segment (dockerd redirects to the cleaned path)';
  if ([...decoded].some((c) => c.charCodeAt(0) < 0x20 || c === '\u007f')) return 'a control character';
  return undefined;
}

/**
 * Follows the client's side of one HTTP/1.1 connection: request heads, and bodies skipped by
 * Content-Length or chunked encoding. After an upgrade or an attach the bytes are a raw stream.
 */
class RequestReader {
  private buffer = '';
  private state: 'head' | 'body' | 'chunk-data' | 'chunk-size' | 'trailer' | 'raw' = 'head';
  private remaining = 0;

  constructor(private readonly onRequest: (method: string, target: string) => void) {}

  feed(chunk: Buffer): void {
    if (this.state === 'raw') return;
    this.buffer += chunk.toString('latin1'); // one char per byte, so lengths are byte counts
    while (this.step()) {}
  }

  private step(): boolean {
    if (this.state === 'head') return this.head();
    if (this.state === 'body' || this.state === 'chunk-data') return this.skip();
    if (this.state === 'chunk-size') return this.chunkSize();
    if (this.state === 'trailer') return this.trailer();
    return false;
  }

  private takeUntil(marker: string): string | undefined {
    const end = this.buffer.indexOf(marker);
    if (end < 0) return undefined;
    const taken = this.buffer.slice(0, end);
    this.buffer = this.buffer.slice(end + marker.length);
    return taken;
  }

  private head(): boolean {
    const head = this.takeUntil('\r\n\r\n');
    if (head === undefined) return false;
    const [requestLine = '', ...lines] = head.split('\r\n');
    const [method = '', target = ''] = requestLine.split(' ');
    const headers = new Map(
      lines.map((line) => [line.split(':')[0]?.trim().toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
    );
    this.onRequest(method, target);
    if (headers.has('upgrade') || /\/attach(\?|$)/.test(target.split('#')[0] ?? '')) {
      this.state = 'raw';
      this.buffer = '';
      return false;
    }
    if (/chunked/i.test(headers.get('transfer-encoding') ?? '')) this.state = 'chunk-size';
    else {
      this.remaining = Number(headers.get('content-length') ?? 0);
      this.state = 'body';
    }
    return true;
  }

  /** Skips `remaining` bytes: a body, or a chunk with its CRLF. */
  private skip(): boolean {
    const n = Math.min(this.remaining, this.buffer.length);
    this.buffer = this.buffer.slice(n);
    this.remaining -= n;
    if (this.remaining > 0) return false;
    this.state = this.state === 'body' ? 'head' : 'chunk-size';
    return true;
  }

  private chunkSize(): boolean {
    const line = this.takeUntil('\r\n');
    if (line === undefined) return false;
    const size = Number.parseInt(line.split(';')[0] ?? '', 16);
    if (size === 0) this.state = 'trailer';
    else {
      this.remaining = size + 2;
      this.state = 'chunk-data';
    }
    return true;
  }

  private trailer(): boolean {
    const line = this.takeUntil('\r\n');
    if (line === undefined) return false;
    if (line === '') this.state = 'head';
    return true;
  }
}

function pipeThrough(client: Socket, enginePath: string, reader: RequestReader): void {
  const engine = createConnection(enginePath);
  client.on('data', (chunk: Buffer) => reader.feed(chunk));
  client.pipe(engine);
  engine.pipe(client);
  client.on('error', () => engine.destroy());
  engine.on('error', () => client.destroy());
  client.on('close', () => engine.destroy());
  engine.on('close', () => client.destroy());
}

/** A unix socket path, or a port on 127.0.0.1. */
async function listen(server: Server, at: string | number): Promise<void> {
  server.listen(typeof at === 'string' ? { path: at } : { port: at, host: '127.0.0.1' });
  await once(server, 'listening');
}

function closer(server: Server, sockets: Set<Socket>): () => Promise<void> {
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  return () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });
}

export async function startEngineProxy(enginePath: string, socketPath: string): Promise<EngineProxy> {
  const requests: EngineRequest[] = [];
  const escapes: EngineProxy['escapes'] = [];
  const server = createServer((client) =>
    pipeThrough(
      client,
      enginePath,
      new RequestReader((method, target) => {
        const request = { method, target, at: Date.now() };
        requests.push(request);
        const why = escapeReason(target);
        if (why) escapes.push({ ...request, why });
      }),
    ),
  );
  const close = closer(server, new Set());
  await listen(server, socketPath);
  return { socketPath, requests, escapes, close };
}

export interface Trap {
  port: number;
  /** Connections it received: each is a request that left the engine socket. */
  hits: number;
  close(): Promise<void>;
}

/** Listens on 127.0.0.1 (on 18999, the bug report's port, when free) and counts who connects. */
export async function startTrap(): Promise<Trap> {
  const server = createServer();
  const trap = { port: 0, hits: 0, close: closer(server, new Set()) };
  server.on('connection', (socket: Socket) => {
    trap.hits++;
    socket.destroy();
  });
  try {
    await listen(server, 18999);
  } catch {
    await listen(server, 0);
  }
  const address = server.address();
  trap.port = typeof address === 'object' && address ? address.port : 0;
  return trap;
}
