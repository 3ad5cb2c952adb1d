/** `docker run`, executed through the Engine API exactly as the docker CLI would. */
import type { RunSpec } from '@shared/actions';
import { AppError } from '@shared/errors';
import { claimContainerName, ensurePortsFree, findEarlierRun, portBusyError } from '../safety/conflicts';
import { labelsFor } from '../safety/labels';
import { type ActionContext, type ActionOutcome, printed, printWarnings } from './context';
import { createBody } from './create-body';
import { driveSession } from './drive-tty';
import { provideImage } from './images';
import { screenText } from './terminal-text';

const TERMINAL = { cols: 80, rows: 24 };

function reused(ctx: ActionContext, id: string, what: string): ActionOutcome {
  return printed(ctx, `${id}\n(already running from an earlier run of this step: ${what})\n`, {
    containerId: id,
    reused: true,
  });
}

/** Create, and when the image is missing, provide it (pull or build) and create again, as the CLI does. */
async function create(ctx: ActionContext, spec: RunSpec) {
  const body = createBody(spec, labelsFor(ctx.origin));
  try {
    return await ctx.engine.createContainer(body, spec.name);
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'NOT_FOUND' && /image/i.test(error.message))) throw error;
    await provideImage(ctx, spec.image);
    return ctx.engine.createContainer(body, spec.name);
  }
}

async function startDetached(ctx: ActionContext, spec: RunSpec, id: string): Promise<void> {
  try {
    await ctx.engine.startContainer(id);
  } catch (error) {
    await ctx.engine.removeContainer(id); // ours, just created, never started: leave nothing behind
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

export async function executeRun(ctx: ActionContext, spec: RunSpec): Promise<ActionOutcome> {
  const earlier = await earlierRun(ctx, spec);
  if (earlier) return reused(ctx, earlier.id, earlier.name);
  await ensurePortsFree(
    ctx.engine,
    spec.publish.flatMap((p) => (p.hostPort ? [Number(p.hostPort)] : [])),
  );
  const { id, warnings } = await create(ctx, spec);
  printWarnings(ctx, warnings);
  const done = (exitCode: number) => ({ exitCode, warnings, containerId: id });

  if (spec.detach) {
    await startDetached(ctx, spec, id);
    ctx.onOutput({ stream: 'stdout', text: `${id}\n` });
    return done(0);
  }
  if (spec.tty) {
    const session = await ctx.engine.openTty(id, TERMINAL);
    const { transcript, exitCode } = await driveSession(session, ctx.input ?? [], TERMINAL);
    ctx.onOutput({ stream: 'stdout', text: screenText(transcript) });
    return done(exitCode);
  }
  return done(await ctx.engine.runAttached(id, ctx.onOutput, spec.rm ? 'removed' : 'next-exit'));
}
