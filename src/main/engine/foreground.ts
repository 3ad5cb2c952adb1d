/** `docker run` without -d or -t: attach, register the wait, start, stream the output, return the exit code. */

import type { OutputChunk } from '@shared/results';
import type Dockerode from 'dockerode';
import { startContainer } from './containers';
import { demuxText } from './demux';
import { engineCall } from './errors';
import { registerWait, type WaitCondition } from './wait';

export async function runAttached(
  docker: Dockerode,
  id: string,
  onChunk: (chunk: OutputChunk) => void,
  condition: WaitCondition = 'next-exit',
): Promise<number> {
  const stream = await engineCall('attaching to the container', () =>
    docker.getContainer(id).attach({ stream: true, stdout: true, stderr: true }),
  );
  const reading = demuxText(stream, onChunk);
  const { exited } = await registerWait(docker, id, condition);
  await startContainer(docker, id);
  const [code] = await Promise.all([exited, reading]);
  return code;
}
