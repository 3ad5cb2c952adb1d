/**
 * The one way the app talks to the engine: every Engine API request goes through an EngineClient,
 * which records it for "under the hood", gives it a time limit, lets it be cancelled, never follows
 * a redirect, never leaves an error without a listener, and turns a status it did not expect into
 * an EngineHttpError carrying the engine's own message.
 */
import type http from 'node:http';
import type { Duplex } from 'node:stream';
import { recordApiCall } from '../api-log';
import { currentSignal } from '../cancel';
import { DEFAULT_SSH_TIMEOUT_MS, type EngineTarget } from '../discovery/types';
import { type Connection, openConnection } from './connection';
import { EngineAbortError, EngineHttpError, EngineTimeoutError } from './errors';
import { definedQuery, type Query, queryString } from './path';

export interface EngineRequest {
  method: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'DELETE';
  /** Built with enginePath, so names and ids stay one segment each. */
  path: string;
  query?: Query;
  /** A JSON body. */
  body?: unknown;
  /** A raw body (a build context), sent as `contentType`. */
  upload?: NodeJS.ReadableStream;
  contentType?: string;
  /** Status codes that count as success: 200, 201, 204 and 304 unless given. */
  ok?: number[];
  /** Until the response headers (and, for json(), its whole body); DEFAULT_TIMEOUT_MS unless given. */
  timeoutMs?: number;
  /** Leave out of "under the hood" (the app's own bookkeeping, e.g. the liveness ping). */
  unrecorded?: boolean;
}

export interface Exchange {
  status: number;
  contentType?: string;
  body: Buffer;
}

/** Long enough for a busy engine, short enough that a hung one is reported while the learner waits. */
export const DEFAULT_TIMEOUT_MS = 20_000;
const DEFAULT_OK = [200, 201, 204, 304];
const ERROR_BODY_LIMIT = 64 * 1024;

export class EngineClient {
  private readonly connection: Connection;
  /** Requests waiting for their answer, and how to fail each. */
  private readonly inFlight = new Map<http.ClientRequest, (error: Error) => void>();
  /** Open streams and hijacked sockets, with the request each answers. */
  private readonly streams = new Map<http.IncomingMessage | Duplex, string>();
  private closed = false;

  constructor(target: EngineTarget, sshTimeoutMs = DEFAULT_SSH_TIMEOUT_MS) {
    this.connection = openConnection(target, sshTimeoutMs);
  }

  /** Any answer, whatever its status (discovery classifies it); the body is read whole. */
  async exchange(request: EngineRequest): Promise<Exchange> {
    return this.send(request, async (res, finish) => {
      const body = await readBody(res, Number.POSITIVE_INFINITY);
      finish();
      return { status: res.statusCode ?? 0, contentType: res.headers['content-type'], body };
    });
  }

  /** The whole body of a request that must succeed. */
  async bytes(request: EngineRequest): Promise<Buffer> {
    return this.send(request, async (res, finish) => {
      await this.expectOk(request, res);
      const body = await readBody(res, Number.POSITIVE_INFINITY);
      finish();
      return body;
    });
  }

  /** The parsed JSON answer (or undefined for an empty one) of a request that must succeed. */
  async json<T>(request: EngineRequest): Promise<T> {
    const text = (await this.bytes(request)).toString('utf8');
    return (text.trim() ? parseJson(text) : undefined) as T;
  }

  /** The response body as a stream, once the headers say it succeeded (follow logs, events, progress). */
  async stream(request: EngineRequest): Promise<http.IncomingMessage> {
    return this.send(request, async (res, finish) => {
      await this.expectOk(request, res);
      finish();
      this.track(res, requestLabel(request));
      return res;
    });
  }

  /** A hijacked two-way connection (`docker attach` with stdin): the raw socket after HTTP 101. */
  async upgrade(request: EngineRequest): Promise<Duplex> {
    const headers = { Connection: 'Upgrade', Upgrade: 'tcp' };
    return this.send(
      request,
      async (res, finish) => {
        await this.expectOk(request, res);
        finish();
        throw new EngineHttpError(res.statusCode ?? 0, 'the engine did not switch protocols', requestLabel(request));
      },
      headers,
    );
  }

  /** Follow streams and hijacked sockets still open: zero once every follower has stopped. */
  openStreams(): number {
    return this.streams.size;
  }

  /** Ends every request and stream (the engine went away, or the app quits); later requests fail at once. */
  close(): void {
    this.closed = true;
    for (const [req, fail] of this.inFlight) {
      fail(new EngineAbortError(`${req.method} ${req.path}`, 'closed'));
      req.destroy();
    }
    // With an error, so that every reader settles (a stream destroyed without one just stops).
    for (const [stream, label] of this.streams) stream.destroy(new EngineAbortError(label, 'closed'));
    this.connection.destroy();
  }

  /** Counts the stream as open until it closes; a cancellation destroys it (the reader sees the error). */
  private track(stream: http.IncomingMessage | Duplex, label: string): void {
    this.streams.set(stream, label);
    stream.on('error', () => undefined); // the reader reports it; never an unhandled 'error'
    const signal = currentSignal();
    const onAbort = () => stream.destroy(new EngineAbortError(label, 'cancelled'));
    signal?.addEventListener('abort', onAbort, { once: true });
    stream.once('close', () => {
      this.streams.delete(stream);
      signal?.removeEventListener('abort', onAbort);
    });
  }

  private async expectOk(request: EngineRequest, res: http.IncomingMessage): Promise<void> {
    const status = res.statusCode ?? 0;
    if ((request.ok ?? DEFAULT_OK).includes(status)) return;
    const body = await readBody(res, ERROR_BODY_LIMIT).catch(() => Buffer.alloc(0));
    throw new EngineHttpError(status, engineMessage(status, body), requestLabel(request));
  }

  /**
   * Sends the request and hands the response to `handle`, which calls `finish` once the time limit no
   * longer applies. Every path (error, timeout, abort, upgrade) settles the promise exactly once.
   */
  private send<T>(
    request: EngineRequest,
    handle: (res: http.IncomingMessage, finish: () => void) => Promise<T>,
    extraHeaders: Record<string, string> = {},
  ): Promise<T> {
    const label = requestLabel(request);
    if (!request.unrecorded) recordApiCall(toApiCall(request));
    if (this.closed) return Promise.reject(new EngineAbortError(label, 'closed'));
    const signal = currentSignal();
    if (signal?.aborted) return Promise.reject(new EngineAbortError(label, 'cancelled'));
    return new Promise<T>((resolve, reject) => {
      const { headers, payload } = encodeBody(request);
      const req = this.connection.request({
        method: request.method,
        path: request.path + queryString(request.query),
        headers: { ...headers, ...extraHeaders },
      });
      let settled = false;
      let connected = false;
      const settle = (outcome: () => void) => {
        if (settled) return;
        settled = true;
        cleanup();
        outcome();
      };
      const fail = (error: Error) => settle(() => reject(error));
      this.inFlight.set(req, fail);
      const onAbort = () => {
        fail(new EngineAbortError(label, 'cancelled'));
        req.destroy();
      };
      const timer = setTimeout(() => {
        const error = new EngineTimeoutError(label, request.timeoutMs ?? DEFAULT_TIMEOUT_MS, connected);
        req.destroy(error);
        fail(error);
      }, request.timeoutMs ?? DEFAULT_TIMEOUT_MS);
      const finish = () => {
        clearTimeout(timer);
        this.inFlight.delete(req);
      };
      const cleanup = () => {
        finish();
        signal?.removeEventListener('abort', onAbort);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      req.on('socket', (socket) => {
        // A kept-alive socket (or an ssh channel) is already open; a new one says when it is.
        if (!(socket as { connecting?: boolean }).connecting) connected = true;
        else socket.once(this.connection.secure ? 'secureConnect' : 'connect', () => (connected = true));
      });
      req.on('error', fail);
      req.on('response', (res) => {
        connected = true;
        res.on('error', fail);
        handle(res, finish).then((value) => settle(() => resolve(value)), fail);
      });
      req.on('upgrade', (_res, socket, head) => {
        if (head.length > 0) socket.unshift(head);
        this.track(socket, label);
        settle(() => resolve(socket as unknown as T));
      });
      if (payload !== undefined) req.end(payload);
      else if (request.upload) {
        request.upload.on('error', (error: Error) => req.destroy(error));
        request.upload.pipe(req);
      } else req.end();
    });
  }
}

function requestLabel(request: EngineRequest): string {
  return `${request.method} ${request.path}`;
}

function toApiCall(request: EngineRequest) {
  const query = definedQuery(request.query);
  const body = request.body;
  const hasBody = body !== undefined && !(typeof body === 'object' && body !== null && Object.keys(body).length === 0);
  return { method: request.method, path: request.path, ...(query ? { query } : {}), ...(hasBody ? { body } : {}) };
}

function encodeBody(request: EngineRequest): { headers: Record<string, string>; payload?: string } {
  if (request.upload) return { headers: { 'Content-Type': request.contentType ?? 'application/x-tar' } };
  if (request.body === undefined) return { headers: {} };
  const payload = JSON.stringify(request.body);
  return {
    headers: { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(payload)) },
    payload,
  };
}

function readBody(res: http.IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    res.on('data', (chunk: Buffer) => {
      if (size < limit) chunks.push(chunk);
      size += chunk.length;
    });
    res.on('end', () => resolve(Buffer.concat(chunks)));
    res.on('error', reject);
    res.on('aborted', () => reject(new Error('the engine closed the connection mid-answer')));
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** The engine's own words: `{"message": ...}` from Docker and Podman, else the body as text. */
function engineMessage(status: number, body: Buffer): string {
  const text = body.toString('utf8').trim();
  const parsed = parseJson(text) as { message?: unknown; cause?: unknown } | string;
  if (parsed && typeof parsed === 'object' && typeof parsed.message === 'string') return parsed.message;
  return text || `the engine answered HTTP ${status}`;
}
