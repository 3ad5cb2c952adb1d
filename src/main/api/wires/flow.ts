/**
 * How fast a wire takes a stream's frames. A stream that can wait (the logs, read from a history)
 * sends only while its wire is ready, so a reader that does not keep up never grows a queue.
 */

/** Whether the wire takes another frame now, and a call for when it does. */
export interface WireFlow {
  ready(): boolean;
  whenReady(callback: () => void): void;
}

/**
 * Always ready: a wire that tells nothing about its reader (Electron IPC, tests). What reaches such a reader is
 * still bounded: a logs reader gets its backlog, then at most one frame of live lines per `logUpdateMs`.
 */
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
