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
  streams,
  type WireError,
} from '@shared/contract';
import { AppError } from '@shared/errors';
import type { z } from 'zod';
import { toAppError } from '../engine/errors';
import { createHandlers, type Handlers } from './handlers';
import type { AppServices } from './services';
import { createStreams, type StreamSources } from './streams';

export interface Connection {
  receive(raw: unknown): void;
  close(): void;
}

function issues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || '(input)'}: ${issue.message}`).join('; ');
}

function wireError(error: unknown): WireError {
  const info = toAppError(error).toInfo();
  return { code: info.code, message: info.message, ...(info.fix ? { fix: info.fix } : {}) };
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

export function openConnection(services: AppServices, send: (message: ServerMessage) => void): Connection {
  return new ConnectionImpl(createHandlers(services), createStreams(services), services, send);
}

class ConnectionImpl implements Connection {
  private readonly subscriptions = new Map<number, () => void>();
  private closed = false;

  constructor(
    private readonly handlers: Handlers,
    private readonly sources: StreamSources,
    private readonly services: AppServices,
    private readonly send: (message: ServerMessage) => void,
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
    for (const stop of this.subscriptions.values()) stop();
    this.subscriptions.clear();
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
      this.reply({ t: 'res', id, result });
    } catch (error) {
      if (error instanceof AppError && error.code === 'ENGINE_UNAVAILABLE') this.services.engine.lost();
      this.reply({ t: 'res', id, error: wireError(error) });
    }
  }

  private subscribe(id: number, stream: string, params: unknown): void {
    const checked = validate(streams, 'stream', stream, params);
    if ('error' in checked) {
      this.reply({ t: 'end', id, error: checked.error });
      return;
    }
    this.subscriptions.get(id)?.();
    try {
      const source = this.sources[stream as keyof StreamSources] as (
        p: unknown,
        emit: (e: unknown) => void,
      ) => () => void;
      const stop = source(checked.data, (event) =>
        this.reply({ t: 'evt', id, event: checked.contract.output.parse(event) }),
      );
      this.subscriptions.set(id, stop);
    } catch (error) {
      this.reply({ t: 'end', id, error: wireError(error) });
    }
  }

  private unsubscribe(id: number): void {
    this.subscriptions.get(id)?.();
    this.subscriptions.delete(id);
  }

  private reply(message: ServerMessage): void {
    if (!this.closed) this.send(message);
  }
}
