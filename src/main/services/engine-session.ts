/**
 * The app's connection to the engine over time. While connected it pings the engine every second;
 * a failed ping, the end of the shared event stream or a failed call (checked with a ping at once)
 * means the engine is gone: everyone who listens hears it at once, and the app looks for the engine
 * again every second until it answers.
 */
import type { EngineStatus } from '@shared/contract';
import type { ProbeFailure } from '@shared/engine';
import { AppError, textOfError } from '@shared/errors';
import type { Text } from '@shared/lesson';
import { say, verbatim } from '@shared/messages';
import type { DiscoveryOptions } from '../engine';
import { type Engine, EngineUnavailableError, openEngine, toAppError } from '../engine';
import { EventHub } from './event-hub';
import { serviceErrors } from './messages';

type Listener = (status: EngineStatus) => void;

export interface SessionTiming {
  /** Between pings while connected, and between attempts while no engine answers. */
  intervalMs: number;
  /** A ping slower than this counts as no answer. */
  pingTimeoutMs: number;
  /** The same over ssh, where every request opens an ssh connection first. */
  sshPingTimeoutMs: number;
  /**
   * How long a lost engine's requests and streams may wait for it: if no engine answers by then, they are
   * cut off, so a step on a frozen engine ends (a build's progress stream has no time limit of its own).
   */
  abandonAfterMs: number;
}

/** Within the 2 s the learner waits at most to see a local engine go or come back. */
export const defaultTiming: SessionTiming = {
  intervalMs: 1000,
  pingTimeoutMs: 800,
  sshPingTimeoutMs: 3000,
  abandonAfterMs: 10_000,
};

export interface SessionDeps {
  open?: (options: DiscoveryOptions) => Promise<Engine>;
  timing?: Partial<SessionTiming>;
}

interface Live {
  engine: Engine;
  events: EventHub;
}

export class EngineSession {
  private live?: Live;
  private current: EngineStatus = { state: 'connecting' };
  private readonly listeners = new Set<Listener>();
  private timer?: NodeJS.Timeout;
  private attempt?: Promise<EngineStatus>;
  private check?: Promise<void>;
  private disposed = false;
  private readonly open: (options: DiscoveryOptions) => Promise<Engine>;
  private readonly timing: SessionTiming;

  constructor(
    private readonly options: DiscoveryOptions = {},
    deps: SessionDeps = {},
  ) {
    this.open = deps.open ?? openEngine;
    this.timing = { ...defaultTiming, ...deps.timing };
  }

  get status(): EngineStatus {
    return this.current;
  }

  /** Looks for the engine now (one attempt at a time); while connected, the status as it is. */
  connect(): Promise<EngineStatus> {
    if (this.live) return Promise.resolve(this.current);
    clearTimeout(this.timer);
    this.attempt ??= this.tryConnect().finally(() => {
      this.attempt = undefined;
    });
    return this.attempt;
  }

  /** The engine, or a clear error saying none answers and what to do. */
  require(): Engine {
    return this.need().engine;
  }

  /** The engine's one event stream, shared by every follower. */
  events(): EventHub {
    return this.need().events;
  }

  /** Someone saw a call or a stream fail: ask the engine now instead of at the next ping. */
  verify(): Promise<void> {
    const live = this.live;
    if (!live) return Promise.resolve();
    const { url } = live.engine.endpoint;
    this.check ??= live.engine
      .ping(url.startsWith('ssh:') ? this.timing.sshPingTimeoutMs : this.timing.pingTimeoutMs)
      .then(
        () => undefined,
        (error: unknown) => this.drop(live, error),
      )
      .finally(() => {
        this.check = undefined;
      });
    return this.check;
  }

  /** The engine is gone: say so now and look for it again. */
  lost(error?: unknown): void {
    if (this.live) this.drop(this.live, error);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    listener(this.current);
    return () => this.listeners.delete(listener);
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
    this.live?.events.close();
    this.live = undefined;
    this.listeners.clear();
  }

  private need(): Live {
    if (this.live) return this.live;
    const message = this.current.state === 'unavailable' ? statusText(this.current) : serviceErrors.stillLooking;
    throw new AppError('ENGINE_UNAVAILABLE', message, { fix: serviceErrors.startEngineFix });
  }

  private async tryConnect(): Promise<EngineStatus> {
    try {
      const engine = await this.open(this.options);
      if (this.disposed) return this.current;
      const live: Live = { engine, events: new EventHub(engine, (error) => this.drop(live, error)) };
      this.live = live;
      this.publish({ state: 'connected', endpoint: engine.endpoint, identity: engine.identity });
      this.later(() => this.beat(live));
    } catch (error) {
      this.publish(unavailable(error, this.retryAt()));
      this.later(() => void this.connect());
    }
    return this.current;
  }

  private beat(live: Live): void {
    void this.verify().then(() => {
      if (this.live === live) this.later(() => this.beat(live));
    });
  }

  /** Only the engine that failed is dropped: a late answer about an older one changes nothing. */
  private drop(live: Live, error: unknown): void {
    if (this.live !== live) return;
    this.live = undefined;
    live.events.close();
    this.publish(lostStatus(live.engine, error, this.retryAt()));
    this.later(() => void this.connect());
    // A false alarm (a slow answer) reconnects within seconds and the old requests finish as they were.
    setTimeout(() => {
      if (!this.live) live.engine.close();
    }, this.timing.abandonAfterMs).unref();
  }

  private later(work: () => void): void {
    clearTimeout(this.timer);
    // Unreferenced: pings alone never keep the process alive.
    if (!this.disposed) this.timer = setTimeout(work, this.timing.intervalMs).unref();
  }

  private retryAt(): number {
    return Date.now() + this.timing.intervalMs;
  }

  /** Attempts repeat every second: only a status that says something new goes out. */
  private publish(status: EngineStatus): void {
    if (sameStatus(status, this.current)) return;
    this.current = status;
    for (const listener of [...this.listeners]) listener(status);
  }
}

function sameStatus(a: EngineStatus, b: EngineStatus): boolean {
  if (a.state !== 'unavailable' || b.state !== 'unavailable') return false;
  return JSON.stringify({ ...a, retryAt: 0 }) === JSON.stringify({ ...b, retryAt: 0 });
}

/** Where the engine was and why it no longer counts as there; discovery's full report follows with the next attempt. */
function lostStatus(engine: Engine, error: unknown, retryAt: number): EngineStatus {
  const cause = toAppError(error ?? new Error('no answer'));
  const messageText = say(serviceErrors.engineLost, { url: engine.endpoint.url, why: cause.messageText });
  const probe = { label: engine.endpoint.label, url: engine.endpoint.url, ok: false, code: cause.code };
  return {
    state: 'unavailable',
    message: messageText.en,
    messageText,
    code: 'ENGINE_UNAVAILABLE',
    platform: process.platform,
    probes: [{ ...probe, message: cause.message, messageText: cause.messageText }],
    retryAt,
  };
}

function unavailable(error: unknown, retryAt: number): EngineStatus {
  const probes =
    error instanceof EngineUnavailableError
      ? error.report.probes.map((p) => ({
          label: p.endpoint.label,
          url: p.endpoint.url,
          ok: p.ok,
          ...(p.skipped ? { skipped: true } : {}),
          ...(p.failure ? failureView(p.failure) : {}),
        }))
      : [];
  const code = error instanceof EngineUnavailableError ? error.code : 'ENGINE_ERROR';
  const messageText = error instanceof EngineUnavailableError ? error.text : textOfError(error);
  return {
    state: 'unavailable',
    message: messageText.en,
    messageText,
    code,
    platform: process.platform,
    probes,
    retryAt,
  };
}

function failureView({ code, message, fix, messageText, fixText }: ProbeFailure) {
  return { code, message, fix, messageText, fixText };
}

/** What an unavailable status says, in every language (a status from before texts had only English). */
export function statusText(status: Extract<EngineStatus, { state: 'unavailable' }>): Text {
  return status.messageText ?? verbatim(status.message);
}
