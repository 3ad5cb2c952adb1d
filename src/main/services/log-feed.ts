/**
 * One follow of the app's container logs into one history, shared by every reader (each `logs`
 * subscription, every connection): it starts with the first reader and stops with the last. A follow
 * started again goes on after each container's last line, so the history holds no line twice.
 */
import type { LogLine } from '@shared/contract';
import type { AppError } from '@shared/errors';
import { LogHistory } from './log-history';

/** A flood's lines go out in a few dozen frames a second, not in one per chunk of the engine's stream. */
const notifyMs = 15;

export interface LogReader {
  /** New lines are in the history. */
  appended(): void;
  waiting(error: AppError): void;
  resumed(): void;
  /** The follow failed: the reader gets nothing more. */
  end(error?: unknown): void;
}

/** What the follow tells the feed; a stream sink's shape, so that a stream's runner can drive it. */
export interface FeedSink {
  event(line: LogLine): void;
  waiting(error: AppError): void;
  resumed(): void;
  end(error?: unknown): void;
}

/** Starts following into `sink` (the last line's time per container in `lastTimes`); returns the stop. */
export type FollowRunner = (sink: FeedSink, lastTimes: Map<string, string>) => () => void;

export class LogFeed {
  readonly history: LogHistory;
  private readonly readers = new Set<LogReader>();
  private readonly lastTimes = new Map<string, string>();
  private stop?: () => void;
  private waitingFor?: AppError;
  private notifyScheduled = false;

  constructor(
    private readonly run: FollowRunner,
    history = new LogHistory(),
  ) {
    this.history = history;
  }

  /** Adds a reader (told at once if the feed waits for the engine); the returned function removes it. */
  read(reader: LogReader): () => void {
    this.readers.add(reader);
    if (this.waitingFor) reader.waiting(this.waitingFor);
    if (!this.stop) this.start();
    return () => {
      if (!this.readers.delete(reader) || this.readers.size > 0) return;
      this.halt();
    };
  }

  private start(): void {
    const sink: FeedSink = {
      event: (line) => {
        this.history.append(line);
        this.scheduleNotify();
      },
      waiting: (error) => {
        this.waitingFor = error;
        for (const reader of this.readers) reader.waiting(error);
      },
      resumed: () => {
        this.waitingFor = undefined;
        for (const reader of this.readers) reader.resumed();
      },
      end: (error) => {
        const readers = [...this.readers];
        this.readers.clear();
        this.halt();
        for (const reader of readers) reader.end(error);
      },
    };
    this.stop = () => undefined; // a runner that ends at once finds the feed started
    const stop = this.run(sink, this.lastTimes);
    if (this.stop) this.stop = stop;
    else stop();
  }

  private halt(): void {
    const stop = this.stop;
    this.stop = undefined;
    this.waitingFor = undefined;
    stop?.();
  }

  /** Lines come in bursts (chunks of the engine's stream): readers hear of them at most every `notifyMs`. */
  private scheduleNotify(): void {
    if (this.notifyScheduled) return;
    this.notifyScheduled = true;
    setTimeout(() => {
      this.notifyScheduled = false;
      for (const reader of this.readers) reader.appended();
    }, notifyMs);
  }
}
