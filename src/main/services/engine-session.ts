/**
 * The app's connection to the engine over time: connects at start, and while no engine answers,
 * tries again by itself, telling everyone who listens how things stand.
 */
import type { EngineStatus } from '@shared/contract';
import { AppError } from '@shared/errors';
import { EngineUnavailableError } from '../engine/connect';
import type { DiscoveryOptions } from '../engine/discovery';
import { type Engine, openEngine } from '../engine/engine';

const RETRY_MS = 5000;

type Listener = (status: EngineStatus) => void;

export class EngineSession {
  private engine?: Engine;
  private current: EngineStatus = { state: 'connecting' };
  private readonly listeners = new Set<Listener>();
  private retryTimer?: NodeJS.Timeout;
  private attempt?: Promise<EngineStatus>;

  constructor(private readonly options: DiscoveryOptions = {}) {}

  get status(): EngineStatus {
    return this.current;
  }

  /** Looks for the engine now (one attempt at a time). */
  connect(): Promise<EngineStatus> {
    clearTimeout(this.retryTimer);
    this.attempt ??= this.tryConnect().finally(() => {
      this.attempt = undefined;
    });
    return this.attempt;
  }

  /** The engine, or a clear error saying none answers and what to do. */
  require(): Engine {
    if (this.engine) return this.engine;
    const message =
      this.current.state === 'unavailable' ? this.current.message : 'Still looking for the container engine.';
    throw new AppError('ENGINE_UNAVAILABLE', message, { fix: 'Start Docker (or Podman); the app connects by itself.' });
  }

  /** Called when an operation finds the engine gone: report it and start retrying. */
  lost(): void {
    if (!this.engine) return;
    this.engine = undefined;
    void this.connect();
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    listener(this.current);
    return () => this.listeners.delete(listener);
  }

  dispose(): void {
    clearTimeout(this.retryTimer);
    this.listeners.clear();
  }

  private async tryConnect(): Promise<EngineStatus> {
    try {
      this.engine = await openEngine(this.options);
      const { endpoint, identity } = this.engine;
      this.publish({ state: 'connected', endpoint, identity });
    } catch (error) {
      this.engine = undefined;
      this.publish(unavailable(error, Date.now() + RETRY_MS));
      this.retryTimer = setTimeout(() => void this.connect(), RETRY_MS);
    }
    return this.current;
  }

  private publish(status: EngineStatus): void {
    this.current = status;
    for (const listener of this.listeners) listener(status);
  }
}

function unavailable(error: unknown, retryAt: number): EngineStatus {
  const probes =
    error instanceof EngineUnavailableError
      ? error.report.probes.map((p) => ({
          label: p.endpoint.label,
          url: p.endpoint.url,
          ok: p.ok,
          ...(p.skipped ? { skipped: true } : {}),
          ...(p.failure ? { code: p.failure.code, message: p.failure.message, fix: p.failure.fix } : {}),
        }))
      : [];
  const code = error instanceof EngineUnavailableError ? error.code : 'ENGINE_ERROR';
  const message = error instanceof Error ? error.message : String(error);
  return { state: 'unavailable', message, code, platform: process.platform, probes, retryAt };
}
