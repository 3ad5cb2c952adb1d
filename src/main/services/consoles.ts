/** The lessons' consoles (`docker run -it ... redis-cli -h redis`): open, type, resize, watch, close. */
import { randomUUID } from 'node:crypto';
import type { RunSpec } from '@shared/actions';
import { AppError } from '@shared/errors';
import type { Lesson } from '@shared/lesson';
import type { Engine } from '../engine/engine';
import type { TerminalSize } from '../engine/tty';
import { formatAction } from '../lessons/cli/format';
import type { ActionContext } from '../lessons/execute/context';
import { createBody } from '../lessons/execute/create-body';
import { provideImage } from '../lessons/execute/images';
import { labelsFor, type Origin } from '../lessons/safety/labels';
import { type ConsoleListener, ConsoleSession } from './console-session';

/** The step label of console containers: opened from the console panel, not by a lesson step. */
export const CONSOLE_STEP = 'console';

export type { ConsoleEvent, ConsoleListener } from './console-session';

/** Terminal text needs CR LF where the CLI prints LF. */
const crlf = (text: string) => text.replace(/\r?\n/g, '\r\n');

/** Creates the console's container as `docker run` would: when the image is missing, pull or build it first. */
async function createConsoleContainer(engine: Engine, lesson: Lesson, spec: RunSpec, printed: string[]) {
  const origin: Required<Origin> = { lesson: lesson.id, step: CONSOLE_STEP, action: 0 };
  const body = createBody(spec, labelsFor(origin));
  try {
    return await engine.createContainer(body, spec.name);
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'NOT_FOUND' && /image/i.test(error.message))) throw error;
    const ctx: ActionContext = {
      engine,
      origin,
      localImages: lesson.localImages,
      onOutput: (chunk) => printed.push(crlf(chunk.text)),
      onProgress: () => undefined,
    };
    await provideImage(ctx, spec.image);
    return engine.createContainer(body, spec.name);
  }
}

/** The console links to the lesson's first container: say which one is missing and what to do. */
function explainLinkError(error: unknown): unknown {
  if (!(error instanceof AppError)) return error;
  const target = /could not get container for (\S+)|link to a non running container: \/?(\S+)/.exec(error.message);
  const name = target?.[1] ?? target?.[2];
  if (!name) return error;
  const fix = `The console connects to ${name}: run the lesson's steps up to the one that starts ${name}, then open the console again.`;
  return new AppError(error.code, error.message, { fix, statusCode: error.statusCode, cause: error });
}

export class ConsoleSessions {
  private readonly sessions = new Map<string, ConsoleSession>();

  async open(engine: Engine, lesson: Lesson, size: TerminalSize): Promise<{ sessionId: string; command: string }> {
    const spec = lesson.console;
    if (!spec) throw new AppError('NOT_FOUND', `the lesson "${lesson.id}" has no console`);
    const printed: string[] = [];
    const { id, warnings } = await createConsoleContainer(engine, lesson, spec, printed).catch((error: unknown) => {
      throw explainLinkError(error);
    });
    for (const warning of warnings) printed.push(`WARNING: ${warning}\r\n`);
    const tty = await engine.openTty(id, size).catch(async (error: unknown) => {
      await engine.removeContainer(id).catch(() => undefined); // ours, never started: leave nothing behind
      throw explainLinkError(error);
    });
    const sessionId = randomUUID();
    this.sessions.set(sessionId, new ConsoleSession(engine, tty, printed.join('')));
    return { sessionId, command: formatAction(spec, engine.endpoint) };
  }

  input(sessionId: string, data: string): void {
    this.get(sessionId).input(data);
  }

  async resize(sessionId: string, size: TerminalSize): Promise<void> {
    await this.get(sessionId).resize(size);
  }

  /** Output so far (replayed), then as it comes, then `{exit}` when the process ends. */
  subscribe(sessionId: string, listener: ConsoleListener): () => void {
    return this.get(sessionId).subscribe(listener);
  }

  /** Ends the session and removes its container. */
  async close(sessionId: string): Promise<void> {
    const session = this.get(sessionId);
    this.sessions.delete(sessionId);
    await session.close();
  }

  /** For app shutdown: every session ends and every console container is removed. */
  async closeAll(): Promise<void> {
    const sessions = [...this.sessions.values()];
    this.sessions.clear();
    await Promise.all(sessions.map((session) => session.close()));
  }

  /** Open sessions (including ones whose process exited and that were not closed yet). */
  get size(): number {
    return this.sessions.size;
  }

  private get(sessionId: string): ConsoleSession {
    const session = this.sessions.get(sessionId);
    if (!session) throw new AppError('NOT_FOUND', `there is no console session ${sessionId}`);
    return session;
  }
}
