/**
 * Interactive sessions on a real TTY: the lessons' consoles (`docker run -it ... redis-cli -h redis`)
 * and the Explore terminal's `docker run -it …` lines. Open, type, resize, watch, close.
 */
import { randomUUID } from 'node:crypto';
import { AppError } from '@shared/errors';
import { say } from '@shared/messages';
import type { ContainerSummary, Engine, TerminalSize } from '../engine';
import type { RunSpec } from '../lessons/commands';
import { formatAction } from '../lessons/commands';
import { createContainerFor } from '../lessons/commands/run/execute';
import { refuseUnsupported } from '../lessons/engine-adapt';
import { type ActionContext, notCancellable } from '../lessons/execute/context';
import type { Lesson, LessonConsole } from '../lessons/model/types';
import { APP_ID, LABEL } from '../lessons/safety/labels';
import { ensureUsable, usesOf } from '../lessons/safety/uses';
import { explainOnNode, type Placed, placeConsole, removerFor } from './console-node';
import { type ConsoleListener, ConsoleSession } from './console-session';
import type { EngineSession } from './engine-session';
import { serviceErrors } from './messages';

/** The step label of console containers: opened from the console panel, not by a lesson step. */
export const CONSOLE_STEP = 'console';
/** The step label of what the Explore terminal runs, its interactive shells included. */
export const EXPLORE_STEP = 'explore';

/** What a session runs: an interactive `docker run` of the lesson, on the learner's engine or a node. */
export type SessionTarget = Pick<LessonConsole, 'spec' | 'node'>;
/** Who opened it, as its container's step label says: the console panel or the Explore terminal. */
export type SessionStep = typeof CONSOLE_STEP | typeof EXPLORE_STEP;

export type { ConsoleEvent, ConsoleListener } from './console-session';

/** Terminal text needs CR LF where the CLI prints LF. */
const crlf = (text: string) => text.replace(/\r?\n/g, '\r\n');

/**
 * Creates the console's container as `docker run` would: when the image is missing, pull or build it
 * first (on a node, copy it in from the learner's engine).
 */
function createConsoleContainer(placed: Placed, lesson: Lesson, spec: RunSpec, step: SessionStep, printed: string[]) {
  const ctx: ActionContext = {
    ...placed,
    origin: { lesson: lesson.id, step, action: 0 },
    localImages: lesson.localImages,
    onOutput: (chunk) => printed.push(crlf(chunk.text)),
    onProgress: () => undefined,
    ...notCancellable,
  };
  return createContainerFor(ctx, spec);
}

/** Whether a container (its inspect data) was run interactively, `-it`: a session's, not a detached run's. */
export function isInteractive(raw: unknown): boolean {
  const config = (raw as { Config?: { Tty?: boolean; OpenStdin?: boolean } } | undefined)?.Config;
  return Boolean(config?.Tty && config.OpenStdin);
}

/** Of the Explore terminal's containers, the interactive ones (`-it`, a session's) that have stopped. */
async function stoppedShells(engine: Engine, explored: ContainerSummary[]): Promise<ContainerSummary[]> {
  const stopped = explored.filter((container) => container.state !== 'running');
  const inspected = await Promise.all(stopped.map((container) => engine.findContainer(container.id)));
  return stopped.filter((_, i) => isInteractive(inspected[i]?.raw));
}

export interface ConsoleLimits {
  /** How long a session without subscribers lives on: a reloaded page comes back within it and reattaches. */
  graceMs?: number;
  /** Sessions open at once, for the whole app (every window and page). */
  maxSessions?: number;
}

export const CONSOLE_GRACE_MS = 10_000;
export const MAX_CONSOLES = 4;

export class ConsoleSessions {
  private readonly sessions = new Map<string, ConsoleSession>();
  private readonly idleTimers = new Map<string, NodeJS.Timeout>();
  private readonly graceMs: number;
  private readonly maxSessions: number;
  /** Sessions being opened: they count against the limit before they exist. */
  private opening = 0;
  /** The last console opening on a playground node (see startOnNode). */
  private nodeOpens: Promise<unknown> = Promise.resolve();

  constructor(limits: ConsoleLimits = {}) {
    this.graceMs = limits.graceMs ?? CONSOLE_GRACE_MS;
    this.maxSessions = limits.maxSessions ?? MAX_CONSOLES;
  }

  async open(
    engine: Engine,
    lesson: Lesson,
    size: TerminalSize,
    consoleId?: string,
  ): Promise<{ sessionId: string; command: string }> {
    const chosen = consoleId ? lesson.consoles.find((c) => c.id === consoleId) : lesson.consoles[0];
    if (!chosen)
      throw new AppError('NOT_FOUND', say(serviceErrors.noConsole, { lesson: lesson.id, console: consoleId }));
    return this.openRun(engine, lesson, size, chosen, CONSOLE_STEP);
  }

  /** A session for any interactive run of the lesson (`spec` with -it), under the same limits and clean-up. */
  async openRun(
    engine: Engine,
    lesson: Lesson,
    size: TerminalSize,
    target: SessionTarget,
    step: SessionStep,
  ): Promise<{ sessionId: string; command: string }> {
    this.ensureRoom();
    this.opening++;
    try {
      return await this.start(engine, lesson, target, size, step);
    } finally {
      this.opening--;
    }
  }

  private async start(engine: Engine, lesson: Lesson, target: SessionTarget, size: TerminalSize, step: SessionStep) {
    refuseUnsupported(engine, lesson.requires, target.spec);
    const placed = await placeConsole(engine, lesson, target);
    const sessionId = await (target.node
      ? this.oneOnNodesAtATime(() => this.startOnNode(placed, lesson, target, size, step))
      : this.startOn(placed, lesson, target, size, step));
    return { sessionId, command: formatAction(target.spec, engine.endpoint) };
  }

  /**
   * Inside a node, console containers an earlier run of the app left there go when a console opens on
   * it. One such open at a time, so that the sweep never takes another open's new container.
   */
  private async startOnNode(
    placed: Placed,
    lesson: Lesson,
    target: SessionTarget,
    size: TerminalSize,
    step: SessionStep,
  ) {
    await this.removeLeftovers(placed.engine).catch(() => undefined); // the create that follows says what is wrong
    return this.startOn(placed, lesson, target, size, step).catch(async (error: unknown) => {
      throw await explainOnNode(lesson, target, placed, error);
    });
  }

  private async startOn(placed: Placed, lesson: Lesson, target: SessionTarget, size: TerminalSize, step: SessionStep) {
    const { engine } = placed;
    await ensureUsable(engine, usesOf(target.spec));
    const printed: string[] = [];
    const { id, warnings } = await createConsoleContainer(placed, lesson, target.spec, step, printed);
    for (const warning of warnings) printed.push(`WARNING: ${warning}\r\n`);
    const tty = await engine.openTty(id, size).catch(async (error: unknown) => {
      await engine.removeContainer(id).catch(() => undefined); // ours, never started: leave nothing behind
      throw error;
    });
    const sessionId = randomUUID();
    this.sessions.set(sessionId, new ConsoleSession(removerFor(placed, target.node), tty, printed.join('')));
    this.endWhenIdle(sessionId); // a page that went away before it subscribed leaves nothing running
    return sessionId;
  }

  private oneOnNodesAtATime<T>(work: () => Promise<T>): Promise<T> {
    const run = this.nodeOpens.then(work, work);
    this.nodeOpens = run.catch(() => undefined);
    return run;
  }

  input(sessionId: string, data: string): void {
    this.get(sessionId).input(data);
  }

  async resize(sessionId: string, size: TerminalSize): Promise<void> {
    await this.get(sessionId).resize(size);
  }

  /**
   * Output so far (replayed), then as it comes, then `{exit}` when the process ends. The session ends
   * `graceMs` after its last subscriber left, unless one subscribes again.
   */
  subscribe(sessionId: string, listener: ConsoleListener): () => void {
    const session = this.get(sessionId);
    this.keepAlive(sessionId);
    const stop = session.subscribe(listener);
    let subscribed = true;
    return () => {
      if (!subscribed) return;
      subscribed = false;
      stop();
      if (session.subscribers === 0 && this.sessions.get(sessionId) === session) this.endWhenIdle(sessionId);
    };
  }

  /** Ends the session and removes its container. */
  async close(sessionId: string): Promise<void> {
    const session = this.get(sessionId);
    this.keepAlive(sessionId);
    this.sessions.delete(sessionId);
    await session.close();
  }

  /** For app shutdown: every session ends and every console container is removed. */
  async closeAll(): Promise<void> {
    const ids = [...this.sessions.keys()];
    await Promise.all(ids.map((id) => this.close(id)));
  }

  /**
   * Session containers an earlier run of the app left behind (killed before it could close them): the
   * ones with the app's console labels, and the Explore terminal's stopped interactive ones, that no
   * session of this run holds. Nothing else is touched (the Explore terminal's other containers stay
   * until the lesson's Reset). On the learner's engine when the app connects; inside a playground node
   * when a console opens there.
   */
  async removeLeftovers(engine: Engine): Promise<string[]> {
    const live = new Set([...this.sessions.values()].map((session) => session.containerId));
    const [consoles, explored] = await Promise.all(
      [CONSOLE_STEP, EXPLORE_STEP].map((step) => engine.listContainers({ [LABEL.app]: APP_ID, [LABEL.step]: step })),
    );
    const shells = await stoppedShells(engine, explored ?? []);
    const leftovers = [...(consoles ?? []), ...shells].filter((container) => !live.has(container.id));
    for (const container of leftovers) await engine.removeContainer(container.id).catch(() => undefined);
    return leftovers.map((container) => container.name);
  }

  /** Removes leftovers whenever the app connects to an engine (at start, and when one comes back). */
  removeLeftoversOnConnect(holder: Pick<EngineSession, 'subscribe' | 'require'>): () => void {
    return holder.subscribe((status) => {
      if (status.state === 'connected') void this.removeLeftovers(holder.require()).catch(() => undefined);
    });
  }

  /** Open sessions (including ones whose process exited and that were not closed yet). */
  get size(): number {
    return this.sessions.size;
  }

  private ensureRoom(): void {
    const open = this.sessions.size + this.opening;
    if (open < this.maxSessions) return;
    throw new AppError('LIMIT_REACHED', say(serviceErrors.tooManyConsoles, { open }), {
      fix: serviceErrors.tooManyConsolesFix,
    });
  }

  private endWhenIdle(sessionId: string): void {
    this.keepAlive(sessionId);
    const timer = setTimeout(() => void this.close(sessionId).catch(() => undefined), this.graceMs);
    timer.unref();
    this.idleTimers.set(sessionId, timer);
  }

  private keepAlive(sessionId: string): void {
    clearTimeout(this.idleTimers.get(sessionId));
    this.idleTimers.delete(sessionId);
  }

  private get(sessionId: string): ConsoleSession {
    const session = this.sessions.get(sessionId);
    if (!session) throw new AppError('NOT_FOUND', say(serviceErrors.noSession, { session: sessionId }));
    return session;
  }
}
