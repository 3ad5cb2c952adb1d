/** Making an image available the way `docker run` does: pull it, or build our own from resources/. */
import { join } from 'node:path';
import { resourcesDir } from '../../resources';
import { labelsFor } from '../safety/labels';
import type { ActionContext } from './context';

/** An image name without a tag means :latest, as the CLI prints it. */
export function withTag(image: string): string {
  const lastPart = image.slice(image.lastIndexOf('/') + 1);
  return lastPart.includes(':') || lastPart.includes('@') ? image : `${image}:latest`;
}

export async function provideImage(ctx: ActionContext, image: string): Promise<void> {
  const local = ctx.localImages.find((candidate) => withTag(candidate.image) === withTag(image));
  ctx.onOutput({ stream: 'stderr', text: `Unable to find image '${withTag(image)}' locally\n` });
  if (local) {
    const dir = join(resourcesDir(), local.context);
    ctx.onOutput({
      stream: 'stderr',
      text: `Building ${withTag(image)} from ${local.context}/ (the app's own example image)\n`,
    });
    await ctx.engine.buildImage(dir, withTag(image), labelsFor({ lesson: ctx.origin.lesson }), ctx.onProgress);
    return;
  }
  await ctx.engine.pullImage(withTag(image), ctx.onProgress);
}
