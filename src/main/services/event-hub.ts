/**
 * One `GET /events` per engine, shared by everyone who follows the engine's events (each networks
 * stream, each logs stream): opened for the first follower, closed after the last. Each follower gets
 * the events its labels select and hears when the stream ends; so does the hub's owner, for whom the
 * end means the engine went away.
 */
import { AppError } from '@shared/errors';
import type { Engine, EngineEvent, EventOptions } from '../engine';
import { serviceErrors } from './messages';

/** What follows events: the engine itself, or this hub in front of it (same signature). */
export type EventFollow = Pick<Engine, 'followEvents'>;

interface Follower {
  onEvent(event: EngineEvent): void;
  options: EventOptions;
}

/** Labels select container events by the labels in their attributes (network events carry none). */
function selects(labels: EventOptions['labels'], event: EngineEvent): boolean {
  return Object.entries(labels ?? {}).every(([key, value]) => event.attributes[key] === value);
}

export class EventHub implements EventFollow {
  private readonly followers = new Set<Follower>();
  private stream?: Promise<() => void>;
  private closed = false;

  constructor(
    private readonly engine: EventFollow,
    /** The shared stream ended by itself: the engine stopped or cut it. */
    private readonly onEnd: (error: Error) => void,
  ) {}

  /** Resolves once the shared stream is open (an event after that reaches `onEvent`), with the function that stops. */
  followEvents = async (onEvent: (event: EngineEvent) => void, options: EventOptions = {}): Promise<() => void> => {
    if (this.closed) throw new AppError('ENGINE_UNAVAILABLE', serviceErrors.engineStopped);
    const follower: Follower = { onEvent, options };
    this.followers.add(follower);
    try {
      await this.open();
    } catch (error) {
      this.unfollow(follower);
      throw error;
    }
    return () => this.unfollow(follower);
  };

  /** Followers now (the engine streams behind them: one while there is any). */
  get size(): number {
    return this.followers.size;
  }

  /** The engine is gone or the app stops: the stream closes and nobody hears of its end. */
  close(): void {
    this.closed = true;
    this.followers.clear();
    this.shut();
  }

  private open(): Promise<() => void> {
    if (this.stream) return this.stream;
    const stream = this.engine.followEvents((event) => this.dispatch(event), { onEnd: (error) => this.ended(error) });
    this.stream = stream;
    stream.catch(() => {
      if (this.stream === stream) this.stream = undefined; // the next follower tries again
    });
    return stream;
  }

  private dispatch(event: EngineEvent): void {
    for (const follower of [...this.followers]) {
      if (this.followers.has(follower) && selects(follower.options.labels, event)) follower.onEvent(event);
    }
  }

  private unfollow(follower: Follower): void {
    this.followers.delete(follower);
    if (this.followers.size === 0) this.shut();
  }

  private shut(): void {
    const stream = this.stream;
    this.stream = undefined;
    stream?.then(
      (stop) => stop(),
      () => undefined,
    );
  }

  /** The owner hears first: by the time followers hear, the app already knows the engine is gone. */
  private ended(error?: Error): void {
    this.stream = undefined;
    const cause = error ?? new Error('the engine stopped sending events');
    const followers = [...this.followers];
    this.followers.clear();
    this.onEnd(cause);
    for (const follower of followers) follower.options.onEnd?.(cause);
  }
}
