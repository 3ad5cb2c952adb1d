/** `docker run`, executed through the Engine API exactly as the docker CLI would. */
import { AppError } from '@shared/errors';
import { joinTexts, say } from '@shared/messages';
import { MissingImageError, toAppError } from '../../../engine';
import { throwIfCancelled, untilCancelled } from '../../execute/cancel';
import { type ActionContext, type ActionOutcome, printed, printWarnings } from '../../execute/context';
import { driveSession } from '../../execute/drive-tty';
import { provideImage } from '../../execute/images';
import { screenText } from '../../execute/terminal-text';
import { lessonErrors } from '../../messages';
import {
  claimContainerName,
  ensurePortsFree,
  findEarlierRun,
  portBusyError,
  removeUnstarted,
} from '../../safety/conflicts';
import { labelsFor } from '../../safety/labels';
import { createBody } from './create-body';
import type { RunSpec } from './schema';

const TERMINAL = { cols: 80, rows: 24 };

function reused(ctx: ActionContext, id: string, what: string): ActionOutcome {
  return printed(ctx, `${id}\n(already running from an earlier run of this step: ${what})\n`, {
    containerId: id,
    reused: true,
  });
}

/** Create, and when the image is missing, provide it (pull or build) and create again, as the CLI does. */
export async function createContainerFor(ctx: ActionContext, spec: RunSpec) {
  const body = createBody(spec, labelsFor(ctx.origin));
  try {
    return await ctx.engine.createContainer(body, spec.name);
  } catch (error) {
    if (!(error instanceof MissingImageError)) throw error;
    await untilCancelled(ctx.signal, provideImage(ctx, spec.image));
    throwIfCancelled(ctx.signal); // a pull the transport could not abort: create nothing after it
    return ctx.engine.createContainer(body, spec.name);
  }
}

/**
 * Cleans up after `error` and returns what to throw: that error, first; a clean-up that failed too
 * (the engine went away midway) second. A container already gone, or being removed (--rm), is no failure.
 */
async function afterCleanup(ctx: ActionContext, error: unknown, cleanup: () => Promise<unknown>, leftover: string) {
  const failure = await ctx.uncancellable(cleanup).then(
    () => undefined,
    (e: unknown) => toAppError(e),
  );
  if (!failure || failure.code === 'NOT_FOUND' || /already in progress/i.test(failure.message)) return error;
  const real = toAppError(error);
  const failed = { error: real.messageText, leftover, why: failure.messageText };
  return new AppError(real.code, say(lessonErrors.cleanupFailed, failed), {
    fix: joinTexts([...(real.fixText ? [real.fixText] : []), lessonErrors.resetAfterEngineBack]),
    cause: error,
  });
}

/** A create that failed or was aborted may still have made the container: leave none of this action's behind. */
async function createLeavingNothing(ctx: ActionContext, spec: RunSpec) {
  try {
    return await createContainerFor(ctx, spec);
  } catch (error) {
    throw await afterCleanup(ctx, error, () => removeUnstarted(ctx.engine, ctx.origin), 'what it had begun to create');
  }
}

async function startDetached(ctx: ActionContext, spec: RunSpec, id: string): Promise<void> {
  try {
    await ctx.engine.startContainer(id);
  } catch (error) {
    const port = spec.publish[0]?.hostPort;
    if (error instanceof AppError && error.code === 'PORT_BUSY' && port)
      throw portBusyError(port, ctx.engine.endpoint.publishedHost, error);
    throw error;
  }
}

async function earlierRun(ctx: ActionContext, spec: RunSpec) {
  if (spec.name) return claimContainerName(ctx.engine, spec.name, ctx.origin);
  return spec.detach ? findEarlierRun(ctx.engine, ctx.origin) : undefined;
}

/** Starts the created container the way the flags say, and returns its exit code (0 for -d). */
async function runCreated(ctx: ActionContext, spec: RunSpec, id: string): Promise<number> {
  throwIfCancelled(ctx.signal);
  if (spec.detach) {
    await startDetached(ctx, spec, id);
    ctx.onOutput({ stream: 'stdout', text: `${id}\n` });
    return 0;
  }
  if (spec.tty) {
    const session = await ctx.engine.openTty(id, TERMINAL);
    const driven = driveSession(session, ctx.input ?? [], TERMINAL);
    const { transcript, exitCode } = await untilCancelled(ctx.signal, driven);
    ctx.onOutput({ stream: 'stdout', text: screenText(transcript) });
    return exitCode;
  }
  const condition = spec.rm ? 'removed' : 'next-exit';
  return untilCancelled(ctx.signal, ctx.engine.runAttached(id, ctx.onOutput, condition));
}

export async function executeRun(ctx: ActionContext, spec: RunSpec): Promise<ActionOutcome> {
  const earlier = await earlierRun(ctx, spec);
  if (earlier) return reused(ctx, earlier.id, earlier.name);
  await ensurePortsFree(
    ctx.engine,
    spec.publish.flatMap((p) => (p.hostPort ? [Number(p.hostPort)] : [])),
    ctx.origin.lesson,
  );
  const { id, warnings } = await createLeavingNothing(ctx, spec);
  printWarnings(ctx, warnings);
  try {
    return { exitCode: await runCreated(ctx, spec, id), warnings, containerId: id };
  } catch (error) {
    // Ours, and it did not run to the end (cancelled, or it could not start): leave nothing behind.
    throw await afterCleanup(
      ctx,
      error,
      () => ctx.engine.removeContainer(id),
      `the container it created (${id.slice(0, 12)})`,
    );
  }
}
