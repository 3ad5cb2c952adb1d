/** Making an image available the way `docker run` does: pull it, or build our own from resources/. */
import { join } from 'node:path';
import { AppError } from '@shared/errors';
import type { Text } from '@shared/lesson';
import { say } from '@shared/messages';
import { type Engine, engineErrors, isCancelled, toAppError } from '../../engine';
import { resourcesDir } from '../../resources';
import { lessonErrors } from '../messages';
import { labelsFor } from '../safety/labels';
import type { ActionContext } from './context';

/** An image name without a tag means :latest, as the CLI prints it. */
export function withTag(image: string): string {
  const lastPart = image.slice(image.lastIndexOf('/') + 1);
  return lastPart.includes(':') || lastPart.includes('@') ? image : `${image}:latest`;
}

/** The engine's words when the Dockerfile's FROM image cannot be had. */
const BASE_IMAGE_MISSING = /pull access denied|manifest unknown|not found|no such image/i;

function buildError(code: 'ENGINE_UNAVAILABLE' | 'BUILD_FAILED', message: Text, fix: Text, cause: unknown) {
  return new AppError(code, message, { fix, cause });
}

/**
 * What went wrong with a build, in the learner's terms: the build itself failed (the engine said so,
 * and its reason stands), or the connection failed (cut off, timed out, given up on): then the engine
 * went away, or the build was interrupted while the engine stayed.
 */
export async function explainBuildFailure(ctx: ActionContext, tag: string, error: unknown): Promise<AppError> {
  const failure = toAppError(error);
  if (isCancelled(error)) return failure;
  if (failure.code === 'BUILD_FAILED') {
    const fix = BASE_IMAGE_MISSING.test(failure.message) ? lessonErrors.baseImageMissingFix : engineErrors.buildFix;
    return buildError('BUILD_FAILED', failure.messageText, fix, error);
  }
  const engineAnswers = await ctx.engine.ping(2000).then(
    () => true,
    () => false,
  );
  const why = { image: tag, why: failure.message };
  return engineAnswers
    ? buildError('BUILD_FAILED', say(lessonErrors.buildInterrupted, why), lessonErrors.buildInterruptedFix, error)
    : buildError(
        'ENGINE_UNAVAILABLE',
        say(lessonErrors.engineGoneDuringBuild, why),
        lessonErrors.engineGoneDuringBuildFix,
        error,
      );
}

async function build(ctx: ActionContext, dir: string, tag: string): Promise<void> {
  try {
    await ctx.engine.buildImage(dir, tag, labelsFor({ lesson: ctx.origin.lesson }), ctx.onProgress);
  } catch (error) {
    throw await explainBuildFailure(ctx, tag, error);
  }
}

/** Into a playground node, an image comes from the learner's engine (provided there first if missing). */
async function copyIntoNode(ctx: ActionContext, outer: Engine, image: string): Promise<void> {
  if (!(await outer.hasImage(withTag(image)))) await provideImage({ ...ctx, engine: outer }, image);
  ctx.onOutput({
    stream: 'stderr',
    text: `Copying ${withTag(image)} from your engine into ${ctx.engine.endpoint.label}\n`,
  });
  await outer.copyImagesTo(ctx.engine, [withTag(image)]);
}

export async function provideImage(ctx: ActionContext, image: string): Promise<void> {
  ctx.onOutput({ stream: 'stderr', text: `Unable to find image '${withTag(image)}' locally\n` });
  // Into a node, from the learner's engine; on the learner's engine itself, pulled or built as usual.
  if (ctx.playground && ctx.engine !== ctx.playground.outer) return copyIntoNode(ctx, ctx.playground.outer, image);
  const local = ctx.localImages.find((candidate) => withTag(candidate.image) === withTag(image));
  if (local) {
    ctx.onOutput({
      stream: 'stderr',
      text: `Building ${withTag(image)} from ${local.context}/ (the app's own example image)\n`,
    });
    return build(ctx, join(resourcesDir(), local.context), withTag(image));
  }
  await ctx.engine.pullImage(withTag(image), ctx.onProgress);
}

/** For a check's own look: `image` on `engine` (the learner's or a node's), provided without printing when missing. */
export async function ensureImageOn(ctx: ActionContext, engine: Engine, image: string): Promise<void> {
  if (await engine.hasImage(withTag(image))) return;
  await provideImage({ ...ctx, engine, onOutput: () => undefined, onProgress: () => undefined }, image);
}
