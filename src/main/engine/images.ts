/** Images: look up, pull with progress, build from a folder with progress, copy between engines. */
import type { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { AppError } from '@shared/errors';
import { say } from '@shared/messages';
import type { ProgressEvent } from '@shared/results';
import { packContext } from './build-context';
import { engineCall, engineMessage, statusOf, toAppError } from './errors';
import { LineSplitter } from './line-splitter';
import { doing, engineErrors } from './messages';
import type { EngineClient } from './transport/client';
import { EngineHttpError, EngineRefError } from './transport/errors';
import { enginePath, ImageRef } from './transport/path';
import type { Labels } from './types';

export async function hasImage(client: EngineClient, image: string): Promise<boolean> {
  try {
    await client.json({ method: 'GET', path: enginePath`/images/${new ImageRef(image)}/json` });
    return true;
  } catch (error) {
    if (statusOf(error) === 404 || error instanceof EngineRefError) return false;
    return engineCall(say(doing.lookingUpImage, { image }), () => Promise.reject(error));
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

/** The engine said, inside the progress stream, that the pull or build failed (the answer itself was 200). */
class ReportedFailure extends Error {}

/** The engine refused or reported the failure itself (as opposed to the connection failing). */
const reported = (error: unknown) => error instanceof ReportedFailure || error instanceof EngineHttpError;

/** Reads a pull or build progress stream (JSON lines) to its end; an error reported inside the stream rejects. */
async function followProgress(stream: NodeJS.ReadableStream, onEvent: (event: StreamEvent) => void): Promise<void> {
  let failure: string | undefined;
  const lines = new LineSplitter((line) => {
    if (!line.trim()) return;
    let event: StreamEvent;
    try {
      event = JSON.parse(line) as StreamEvent;
    } catch {
      return; // not JSON: nothing to show
    }
    if (event.error || event.errorDetail) failure ??= event.errorDetail?.message ?? event.error;
    else onEvent(event);
  });
  stream.on('data', (chunk: Buffer) => lines.write(chunk));
  await finished(stream); // rejects when the stream fails or closes before its end
  lines.end();
  if (failure) throw new ReportedFailure(failure);
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

/** `fromImage` and `tag` as the CLI sends them: a reference without a tag or digest means :latest. */
export function pullQuery(image: string): { fromImage: string; tag: string } {
  const at = image.indexOf('@');
  if (at >= 0) return { fromImage: image.slice(0, at), tag: image.slice(at + 1) };
  const colon = image.lastIndexOf(':');
  const hasTag = colon > image.lastIndexOf('/');
  return hasTag
    ? { fromImage: image.slice(0, colon), tag: image.slice(colon + 1) }
    : { fromImage: image, tag: 'latest' };
}

/** `docker pull`: an image reference without a tag means :latest, as in the CLI. */
export async function pullImage(
  client: EngineClient,
  image: string,
  onProgress: (p: ProgressEvent) => void,
): Promise<void> {
  try {
    const stream = await client.stream({ method: 'POST', path: '/images/create', query: pullQuery(image) });
    await followProgress(stream, (event) => {
      const progress = toProgress('pull', image, event);
      if (progress) onProgress(progress);
    });
  } catch (error) {
    if (!reported(error)) throw toAppError(error, say(doing.pullingImage, { image }));
    throw new AppError('IMAGE_UNAVAILABLE', say(engineErrors.pullFailed, { image, said: engineMessage(error) }), {
      fix: engineErrors.pullFix,
      cause: error,
    });
  }
}

/** `docker build -t tag dir`: the folder's files are the build context. */
export async function buildImage(
  client: EngineClient,
  dir: string,
  tag: string,
  labels: Labels,
  onProgress: (p: ProgressEvent) => void,
): Promise<void> {
  try {
    const stream = await client.stream({
      method: 'POST',
      path: '/build',
      query: { t: tag, labels: JSON.stringify(labels), rm: true, forcerm: true },
      upload: await packContext(dir),
      contentType: 'application/x-tar',
    });
    await followProgress(stream, (event) => {
      const progress = toProgress('build', tag, event);
      if (progress) onProgress(progress);
    });
  } catch (error) {
    // A cut connection, a time limit or a cancel is not a build failure: the transport's error says which.
    if (!reported(error)) throw toAppError(error, say(doing.buildingImage, { image: tag }));
    throw new AppError('BUILD_FAILED', say(engineErrors.buildFailed, { image: tag, dir, said: engineMessage(error) }), {
      fix: engineErrors.buildFix,
      cause: error,
    });
  }
}

/**
 * `docker save NAME...`: the images as one tar stream, read as it arrives. The query repeats `names`,
 * which the transport's query object cannot express, hence the path with its query already on.
 */
export function saveImages(client: EngineClient, names: string[]): Promise<Readable> {
  const query = new URLSearchParams(names.map((name): [string, string] => ['names', name]));
  return engineCall(say(doing.savingImages, { images: names.join(', ') }), () =>
    client.stream({ method: 'GET', path: `${enginePath`/images/get`}?${query}` }),
  );
}

/** The engine answers a load only once it has read the whole archive: time for a large one. */
const LOAD_TIMEOUT_MS = 300_000;

/** `docker load` from a tar stream (`docker save`'s); resolves with what the engine loaded ("alpine:latest"). */
export async function loadImage(client: EngineClient, archive: NodeJS.ReadableStream): Promise<string[]> {
  const loaded: string[] = [];
  try {
    const stream = await client.stream({
      method: 'POST',
      path: '/images/load',
      query: { quiet: true },
      upload: archive,
      contentType: 'application/x-tar',
      timeoutMs: LOAD_TIMEOUT_MS,
    });
    await followProgress(stream, (event) => {
      const name = /^Loaded image(?: ID)?: (.+)$/.exec((event.stream ?? '').trim())?.[1];
      if (name) loaded.push(name);
    });
  } catch (error) {
    if (!reported(error)) throw toAppError(error, doing.loadingImages);
    throw new AppError('IMAGE_UNAVAILABLE', say(engineErrors.loadFailed, { said: engineMessage(error) }), {
      cause: error,
    });
  }
  return loaded;
}

/** Copies images from one engine to another, stream to stream (no registry, no file in between). */
export async function copyImages(from: EngineClient, to: EngineClient, names: string[]): Promise<string[]> {
  const archive = await saveImages(from, names);
  try {
    return await loadImage(to, archive);
  } finally {
    // A failed load leaves the save half read: end it, or the source engine keeps writing.
    archive.destroy();
  }
}
