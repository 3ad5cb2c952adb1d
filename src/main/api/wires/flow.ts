/**
 * How fast a wire takes a stream's frames. A stream that can wait (the logs, read from a history)
 * sends only while its wire is ready, so a reader that does not keep up never grows a queue.
 */

/** Whether the wire takes another frame now, and a call for when it does. */
export interface WireFlow {
  ready(): boolean;
  whenReady(callback: () => void): void;
}

/** Always ready (a wire that delivers at once, as tests use). */
export const openFlow: WireFlow = {
  ready: () => true,
  whenReady: (callback) => setImmediate(callback),
};

/** A WebSocket's backpressure: ready while less than `maxBuffered` bytes wait to be written. */
export class BufferedFlow implements WireFlow {
  private waiters: Array<() => void> = [];
  private poll?: ReturnType<typeof setInterval>;

  constructor(
    private readonly buffered: () => number,
    private readonly maxBuffered = 1 << 20,
  ) {}

  ready(): boolean {
    return this.buffered() < this.maxBuffered;
  }

  whenReady(callback: () => void): void {
    this.waiters.push(callback);
    // Also looked at now and then: a write's callback is the usual signal, not the only way the buffer drains.
    this.poll ??= setInterval(() => this.written(), 25);
  }

  /** The wire is gone: nobody waits any more. */
  close(): void {
    this.waiters = [];
    clearInterval(this.poll);
    this.poll = undefined;
  }

  /** Called after each frame is written: the waiters run once the buffer is low again. */
  written(): void {
    if (this.waiters.length === 0) {
      clearInterval(this.poll);
      this.poll = undefined;
    }
    if (this.waiters.length === 0 || !this.ready()) return;
    const waiters = this.waiters;
    this.waiters = [];
    for (const waiter of waiters) waiter();
  }
}

/**
 * A wire that tells nothing about its reader (Electron IPC): at most one frame of such a stream per
 * `intervalMs`, so a busy renderer gets bounded batches at a steady pace.
 */
export class PacedFlow implements WireFlow {
  private last = Number.NEGATIVE_INFINITY;
  private timer?: ReturnType<typeof setTimeout>;
  private waiters: Array<() => void> = [];

  constructor(private readonly intervalMs = 16) {}

  ready(): boolean {
    const now = performance.now();
    if (now - this.last < this.intervalMs) return false;
    this.last = now;
    return true;
  }

  whenReady(callback: () => void): void {
    this.waiters.push(callback);
    this.timer ??= setTimeout(
      () => {
        this.timer = undefined;
        const waiters = this.waiters;
        this.waiters = [];
        for (const waiter of waiters) waiter();
      },
      Math.max(0, this.last + this.intervalMs - performance.now()),
    );
  }
}
