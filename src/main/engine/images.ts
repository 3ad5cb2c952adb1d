import { readdirSync } from 'node:fs';
/** Images: look up, pull with progress, build from a folder with progress. */
import { AppError } from '@shared/errors';
import type { ProgressEvent } from '@shared/results';
import type Dockerode from 'dockerode';
import { engineCall, engineMessage } from './errors';
import { apiRequest } from './request';
import type { Labels } from './types';

export async function hasImage(docker: Dockerode, image: string): Promise<boolean> {
  try {
    await apiRequest(docker, 'GET', `/images/${encodeURIComponent(image)}/json`);
    return true;
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode === 404) return false;
    return engineCall(`looking up image ${image}`, () => Promise.reject(error));
  }
}

interface StreamEvent {
  status?: string;
  stream?: string;
  id?: string;
  progressDetail?: { current?: number; total?: number };
  error?: string;
  errorDetail?: { message?: string };
  aux?: { ID?: string };
}

/** Follows a pull or build progress stream; errors reported inside the stream reject. */
function followProgress(
  docker: Dockerode,
  stream: NodeJS.ReadableStream,
  onEvent: (event: StreamEvent) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    let failure: string | undefined;
    docker.modem.followProgress(
      stream,
      (error) => (error ? reject(error) : failure ? reject(new Error(failure)) : resolve()),
      (event: StreamEvent) => {
        if (event.error || event.errorDetail) failure ??= event.errorDetail?.message ?? event.error;
        else onEvent(event);
      },
    );
  });
}

function toProgress(kind: ProgressEvent['kind'], image: string, event: StreamEvent): ProgressEvent | undefined {
  const status = (event.status ?? event.stream ?? '').trim();
  if (!status) return undefined;
  const progress: ProgressEvent = { kind, image, status };
  if (event.id) progress.id = event.id;
  if (event.progressDetail?.total) {
    progress.current = event.progressDetail.current ?? 0;
    progress.total = event.progressDetail.total;
  }
  return progress;
}

/** `docker pull`: an image reference without a tag means :latest, as in the CLI. */
export async function pullImage(
  docker: Dockerode,
  image: string,
  onProgress: (p: ProgressEvent) => void,
): Promise<void> {
  try {
    const stream = await docker.pull(image);
    await followProgress(docker, stream, (event) => {
      const progress = toProgress('pull', image, event);
      if (progress) onProgress(progress);
    });
  } catch (error) {
    throw new AppError('IMAGE_UNAVAILABLE', `pulling image ${image} failed: ${engineMessage(error)}`, {
      fix: 'Check that the engine can reach the registry (network, proxy, docker login), or load the image with docker load.',
      cause: error,
    });
  }
}

/** `docker build -t tag dir`: the folder's files are the build context. */
export async function buildImage(
  docker: Dockerode,
  dir: string,
  tag: string,
  labels: Labels,
  onProgress: (p: ProgressEvent) => void,
): Promise<void> {
  try {
    const src = readdirSync(dir); // dockerode applies the folder's .dockerignore to these
    const stream = await docker.buildImage({ context: dir, src }, { t: tag, labels, rm: true, forcerm: true });
    await followProgress(docker, stream, (event) => {
      const progress = toProgress('build', tag, event);
      if (progress) onProgress(progress);
    });
  } catch (error) {
    throw new AppError('BUILD_FAILED', `building image ${tag} from ${dir} failed: ${engineMessage(error)}`, {
      fix: 'Read the build output above; the base image named in the Dockerfile must be available to the engine.',
      cause: error,
    });
  }
}
