/**
 * One connection of a renderer (over Electron IPC or the WebSocket): every message is validated
 * against the contract, requests go to their handler, subscriptions to their stream. Nothing that is
 * not in the contract can be called; closing the connection ends all its streams.
 */
import {
  type ClientMessage,
  clientMessageSchema,
  contractErrors,
  operations,
  type ServerMessage,
  type StreamName,
  streams,
  subscriptionLimit,
  type WireError,
} from '@shared/contract';
import type { z } from 'zod';
import { toAppError } from '../engine';
import { createHandlers, type Handlers } from './handlers';
import type { AppServices } from './services';
import { createStreams, type StreamSink, type StreamSource, type StreamSources } from './streams';
import { openFlow, type WireFlow } from './wires/flow';

export interface Connection {
  receive(raw: unknown): void;
  close(): void;
}

function issues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || '(input)'}: ${issue.message}`).join('; ');
}

function wireError(error: unknown): WireError {
  const info = toAppError(error).toInfo();
  const { code, message, fix, messageText, fixText } = info;
  return {
    code,
    message,
    ...(fix ? { fix } : {}),
    ...(messageText ? { messageText } : {}),
    ...(fixText ? { fixText } : {}),
  };
}

/**
 * Steps and actions return their failures in the result instead of throwing. Any failure may mean the
 * engine is gone, and one ping tells: cheaper than knowing which failures can mean it.
 */
export function reportsFailure(result: unknown): boolean {
  const failed = (value: unknown) => (value as { error?: unknown } | null)?.error !== undefined;
  const actions = (result as { actions?: unknown })?.actions;
  return failed(result) || (Array.isArray(actions) && actions.some(failed));
}

interface ContractEntry {
  input: z.ZodType;
  output: z.ZodType;
}

/** Finds `name` in the contract (own keys only) and checks the payload against its input schema. */
function validate(
  table: Record<string, ContractEntry>,
  kind: 'operation' | 'stream',
  name: string,
  payload: unknown,
): { contract: ContractEntry; data: unknown } | { error: WireError } {
  const contract = Object.hasOwn(table, name) ? table[name] : undefined;
  if (!contract) return { error: { code: contractErrors.unknownOperation, message: `unknown ${kind} "${name}"` } };
  const checked = contract.input.safeParse(payload ?? {});
  if (!checked.success)
    return { error: { code: contractErrors.badInput, message: `${name}: ${issues(checked.error)}` } };
  return { contract, data: checked.data };
}

interface Subscription {
  /** Set once the source has started. */
  stop?: () => void;
  done: boolean;
}

/** `flow` tells the streams that can wait (the logs) whether the wire takes more now. */
export function openConnection(
  services: AppServices,
  send: (message: ServerMessage) => void,
  flow: WireFlow = openFlow,
): Connection {
  return new ConnectionImpl(createHandlers(services), createStreams(services), services, send, flow);
}

class ConnectionImpl implements Connection {
  private readonly subscriptions = new Map<number, Subscription>();
  private closed = false;

  constructor(
    private readonly handlers: Handlers,
    private readonly sources: StreamSources,
    private readonly services: AppServices,
    private readonly send: (message: ServerMessage) => void,
    private readonly flow: WireFlow,
  ) {}

  receive(raw: unknown): void {
    const parsed = clientMessageSchema.safeParse(raw);
    if (!parsed.success) {
      const id = typeof (raw as { id?: unknown })?.id === 'number' ? (raw as { id: number }).id : -1;
      this.reply({
        t: 'res',
        id,
        error: { code: contractErrors.badMessage, message: `malformed message: ${issues(parsed.error)}` },
      });
      return;
    }
    const message: ClientMessage = parsed.data;
    if (message.t === 'req') void this.request(message.id, message.op, message.input);
    else if (message.t === 'sub') this.subscribe(message.id, message.stream, message.params);
    else this.unsubscribe(message.id);
  }

  close(): void {
    this.closed = true;
    for (const [id, subscription] of [...this.subscriptions]) this.finish(id, subscription);
  }

  private async request(id: number, op: string, input: unknown): Promise<void> {
    const checked = validate(operations, 'operation', op, input);
    if ('error' in checked) {
      this.reply({ t: 'res', id, error: checked.error });
      return;
    }
    try {
      const handler = this.handlers[op as keyof Handlers] as (input: unknown) => Promise<unknown>;
      const result = checked.contract.output.parse(await handler(checked.data));
      if (reportsFailure(result)) void this.services.engine.verify();
      this.reply({ t: 'res', id, result });
    } catch (error) {
      void this.services.engine.verify();
      this.reply({ t: 'res', id, error: wireError(error) });
    }
  }

  private subscribe(id: number, stream: string, params: unknown): void {
    const checked = validate(streams, 'stream', stream, params);
    if ('error' in checked) {
      this.reply({ t: 'end', id, error: checked.error });
      return;
    }
    this.unsubscribe(id);
    if (this.subscriptions.size >= subscriptionLimit) {
      const message = `a connection may follow at most ${subscriptionLimit} streams at once`;
      this.reply({ t: 'end', id, error: { code: contractErrors.tooManySubscriptions, message } });
      return;
    }
    const subscription: Subscription = { done: false };
    const send = (message: ServerMessage) => !subscription.done && this.reply(message);
    const sink: StreamSink<unknown> = {
      event: (event) => send({ t: 'evt', id, event: checked.contract.output.parse(event) }),
      waiting: (error) => send({ t: 'wait', id, error: wireError(error) }),
      resumed: () => send({ t: 'resume', id }),
      end: (error) => {
        send({ t: 'end', id, ...(error ? { error: wireError(error) } : {}) });
        this.finish(id, subscription);
      },
      flow: this.flow,
    };
    this.subscriptions.set(id, subscription);
    try {
      const source = this.sources[stream as keyof StreamSources] as StreamSource<StreamName>;
      subscription.stop = source(checked.data as never, sink);
      // A source may end while it starts (a console whose process has exited): it stops at once.
      if (subscription.done) subscription.stop();
    } catch (error) {
      sink.end(error);
    }
  }

  private unsubscribe(id: number): void {
    const subscription = this.subscriptions.get(id);
    if (subscription) this.finish(id, subscription);
  }

  /** Nothing more goes out for the subscription, and its source stops (once it has started). */
  private finish(id: number, subscription: Subscription): void {
    if (this.subscriptions.get(id) === subscription) this.subscriptions.delete(id);
    if (subscription.done) return;
    subscription.done = true;
    subscription.stop?.();
  }

  private reply(message: ServerMessage): void {
    if (!this.closed) this.send(message);
  }
}
