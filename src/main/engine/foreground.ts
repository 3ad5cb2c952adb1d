/** `docker run` without -d or -t: attach, register the wait, start, stream the output, return the exit code. */

import type { OutputChunk } from '@shared/results';
import { startContainer } from './containers';
import { demuxText } from './demux';
import { engineCall } from './errors';
import { doing } from './messages';
import type { EngineClient } from './transport/client';
import { enginePath } from './transport/path';
import { registerWait, type WaitCondition } from './wait';

export async function runAttached(
  client: EngineClient,
  id: string,
  onChunk: (chunk: OutputChunk) => void,
  condition: WaitCondition = 'next-exit',
): Promise<number> {
  const stream = await engineCall(doing.attaching, () =>
    client.stream({
      method: 'POST',
      path: enginePath`/containers/${id}/attach`,
      query: { stream: true, stdout: true, stderr: true },
    }),
  );
  const reading = demuxText(stream, onChunk);
  const { exited } = await registerWait(client, id, condition);
  await startContainer(client, id);
  const [code] = await Promise.all([exited, reading]);
  return code;
}
