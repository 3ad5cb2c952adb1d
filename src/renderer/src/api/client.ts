/** Typed calls and subscriptions over the contract; the renderer's only way to the main process. */
import type {
  OperationName,
  OpInput,
  OpOutput,
  ServerMessage,
  StreamEvent,
  StreamName,
  StreamParams,
  WireError,
} from '@shared/contract';
import { type BootData, bootDataElementId } from '@shared/contract/boot';
import type { ErrorTexts } from '@shared/errors';
import type { Text } from '@shared/lesson';
import { createTransport, type Transport } from './transport';

export class ApiError extends Error implements ErrorTexts {
  readonly code: string;
  readonly fix?: string;
  /** The message and fix in every language (show them with inLanguage); `message`/`fix` are the English. */
  readonly messageText?: Text;
  readonly fixText?: Text;
  constructor(error: WireError) {
    super(error.message);
    this.name = 'ApiError';
    this.code = error.code;
    this.fix = error.fix;
    this.messageText = error.messageText;
    this.fixText = error.fixText;
  }
}

/** What a failed call says, in every language it can: an ApiError's texts, else the error's own words. */
export function problemOf(error: unknown): ErrorTexts {
  if (error instanceof ApiError) {
    const { message, fix, messageText, fixText } = error;
    return {
      message,
      ...(fix ? { fix } : {}),
      ...(messageText ? { messageText } : {}),
      ...(fixText ? { fixText } : {}),
    };
  }
  return { message: error instanceof Error ? error.message : String(error) };
}

/** A failed call as the error notices show it: its code (ERROR when it was not the app's), with every text it has. */
export function wireErrorOf(error: unknown): WireError {
  return { code: error instanceof ApiError ? error.code : 'ERROR', ...problemOf(error) };
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: ApiError): void;
}

/** What a stream tells its subscriber. */
export interface StreamHandlers<E> {
  event(event: E): void;
  /** The stream ended; `error` when it failed. Nothing more comes. */
  end?(error?: ApiError): void;
  /** The engine does not answer and the stream waits for it (`error` says why); undefined: events come again. */
  waiting?(error: ApiError | undefined): void;
}

export class ApiClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly subscriptions = new Map<number, StreamHandlers<unknown>>();

  private lost?: ApiError;
  private readonly lostListeners = new Set<(error: ApiError) => void>();

  constructor(private readonly transport: Transport = createTransport()) {
    transport.onMessage((message) => this.receive(message));
    transport.onClose((reason, refusal) => this.disconnected(reason, refusal));
  }

  /** Tells `listener` if the connection to the app is lost (now, if it already is). */
  onDisconnect(listener: (error: ApiError) => void): () => void {
    if (this.lost) listener(this.lost);
    this.lostListeners.add(listener);
    return () => this.lostListeners.delete(listener);
  }

  async call<N extends OperationName>(op: N, input: OpInput<N>): Promise<OpOutput<N>> {
    if (this.lost) throw this.lost;
    await this.transport.ready;
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.transport.send({ t: 'req', id, op, input });
    });
  }

  /** Starts a stream; the returned function ends it (and the engine stream behind it). */
  subscribe<N extends StreamName>(
    stream: N,
    params: StreamParams<N>,
    handlers: StreamHandlers<StreamEvent<N>>,
  ): () => void {
    const id = this.nextId++;
    this.subscriptions.set(id, handlers as StreamHandlers<unknown>);
    void this.transport.ready.then(() => this.transport.send({ t: 'sub', id, stream, params }));
    return () => {
      if (!this.subscriptions.delete(id)) return;
      void this.transport.ready.then(() => this.transport.send({ t: 'unsub', id }));
    };
  }

  /** Every pending call fails and every stream ends, with one clear error. */
  private disconnected(reason: string, refusal?: WireError): void {
    this.lost = new ApiError(
      refusal ?? {
        code: 'DISCONNECTED',
        message: `The connection to the app was lost (${reason || 'closed'}).`,
        fix: 'Start the app again (npm run web prints a new address), then open that address.',
      },
    );
    for (const pending of this.pending.values()) pending.reject(this.lost);
    for (const subscription of this.subscriptions.values()) subscription.end?.(this.lost);
    this.pending.clear();
    this.subscriptions.clear();
    for (const listener of this.lostListeners) listener(this.lost);
  }

  private receive(message: ServerMessage): void {
    if (message.t === 'res') {
      const pending = this.pending.get(message.id);
      this.pending.delete(message.id);
      if ('error' in message) pending?.reject(new ApiError(message.error));
      else pending?.resolve(message.result);
    } else if (message.t === 'evt') {
      this.subscriptions.get(message.id)?.event(message.event);
    } else if (message.t === 'wait') {
      this.subscriptions.get(message.id)?.waiting?.(new ApiError(message.error));
    } else if (message.t === 'resume') {
      this.subscriptions.get(message.id)?.waiting?.(undefined);
    } else {
      const subscription = this.subscriptions.get(message.id);
      this.subscriptions.delete(message.id);
      subscription?.end?.(message.error ? new ApiError(message.error) : undefined);
    }
  }
}

export const api = new ApiClient();

/**
 * The first screen's data that browser mode writes into the page (@shared/contract/boot), read once;
 * undefined in the desktop window, or when the block is missing or not what it should be: the hooks then
 * ask over the wire.
 */
export const bootData: BootData | undefined = readBootData();

function readBootData(): BootData | undefined {
  const block = typeof document === 'undefined' ? null : document.getElementById(bootDataElementId);
  try {
    const data = JSON.parse(block?.textContent ?? 'null') as Partial<BootData> | null;
    const isObject = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value);
    return isObject(data) && Array.isArray(data?.lessons) && isObject(data?.progress) && isObject(data?.settings)
      ? (data as BootData)
      : undefined;
  } catch {
    return undefined;
  }
}
