// The renderer's client: a stream's "wait", "resume" and "end" reach the subscriber's handlers, and
// nothing reaches it after its end.
import type { ClientMessage, ServerMessage } from '@shared/contract';
import { describe, expect, it, vi } from 'vitest';
import type { ApiError } from '../../../src/renderer/src/api/client';
import type { Transport } from '../../../src/renderer/src/api/transport';

// The module makes the app's client at import, on the desktop bridge: give it an idle one.
vi.stubGlobal('window', { containerTalk: { send: () => undefined, onMessage: () => undefined } });
const { ApiClient } = await import('../../../src/renderer/src/api/client');

function fakeTransport() {
  const sent: ClientMessage[] = [];
  let deliver: (message: ServerMessage) => void = () => undefined;
  const transport: Transport = {
    send: (message) => sent.push(message),
    onMessage: (listener) => {
      deliver = listener;
    },
    ready: Promise.resolve(),
    onClose: () => undefined,
  };
  return { transport, sent, deliver: (message: ServerMessage) => deliver(message) };
}

describe('ApiClient streams', () => {
  it('passes events, waiting, resuming and the end with its error', async () => {
    const wire = fakeTransport();
    const client = new ApiClient(wire.transport);
    const seen: string[] = [];
    client.subscribe(
      'networks',
      {},
      {
        event: () => seen.push('event'),
        waiting: (error?: ApiError) => seen.push(error ? `waiting ${error.code}` : 'resumed'),
        end: (error?: ApiError) => seen.push(`end ${error?.code}`),
      },
    );
    await Promise.resolve();
    const id = wire.sent[0]?.id ?? -1;
    const gone = { code: 'ENGINE_UNAVAILABLE', message: 'The engine stopped answering; waiting for it.' };
    wire.deliver({ t: 'evt', id, event: { networks: [], containers: [] } });
    wire.deliver({ t: 'wait', id, error: gone });
    wire.deliver({ t: 'resume', id });
    wire.deliver({ t: 'end', id, error: { code: 'ENGINE_ERROR', message: 'boom' } });
    wire.deliver({ t: 'evt', id, event: { networks: [], containers: [] } });
    expect(seen).toEqual(['event', 'waiting ENGINE_UNAVAILABLE', 'resumed', 'end ENGINE_ERROR']);
  });
});
