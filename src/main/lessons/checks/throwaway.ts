/**
 * A look from inside: a throwaway `alpine` container on a network (or on the host's network of a node)
 * runs one command, and is removed whatever happens. Labelled as the app's, named so it is recognisable.
 */
import { randomBytes } from 'node:crypto';
import type { OutputChunk } from '@shared/results';
import type { Engine } from '../../engine';
import { textOf } from '../../engine';
import { createBody } from '../commands/run/create-body';
import { runSpecSchema } from '../commands/run/schema';
import { APP_ID, LABEL } from '../safety/labels';

/** The lessons' own small image: busybox's getent, nc and test are all a look needs. */
const LOOK_IMAGE = 'alpine';

export interface Look {
  exitCode: number;
  stdout: string;
  /** stdout and stderr, as printed. */
  printed: string;
}

/** Where a look runs: the engine, and how a missing image gets there. */
export interface LookAt {
  engine: Engine;
  ensureImage: (engine: Engine, image: string) => Promise<void>;
}

/** `docker run --rm --network NETWORK alpine COMMAND…`, as a check's own look; `purpose` goes into its name. */
export async function lookFrom(at: LookAt, network: string, command: string[], purpose = 'look'): Promise<Look> {
  const { engine } = at;
  await at.ensureImage(engine, LOOK_IMAGE);
  const spec = runSpecSchema.parse({ kind: 'run', image: LOOK_IMAGE, network, command });
  const name = `container-talk-${purpose}-${randomBytes(4).toString('hex')}`;
  const { id } = await engine.createContainer(createBody(spec, { [LABEL.app]: APP_ID }), name);
  const chunks: OutputChunk[] = [];
  try {
    const exitCode = await engine.runAttached(id, (chunk) => chunks.push(chunk));
    return { exitCode, stdout: textOf(chunks, 'stdout'), printed: textOf(chunks) };
  } finally {
    await engine.removeContainer(id);
  }
}

/**
 * Does `host:port` answer HTTP? A request by hand with busybox nc (the stand-in images' wget crashes on
 * a host network); stdin stays open a moment, or nc would hang up before the answer comes.
 */
export async function answersHttp(at: LookAt, network: string, host: string, port: number): Promise<Look> {
  const request = `(printf 'GET / HTTP/1.0\\r\\n\\r\\n'; sleep 1) | nc -w 3 ${host} ${port}`;
  return lookFrom(at, network, ['sh', '-c', request], 'http');
}
