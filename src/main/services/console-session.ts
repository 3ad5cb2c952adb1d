/**
 * One console: a lesson's `docker run -it` on a real TTY. Output is kept (up to a cap) and replayed to
 * each subscriber, so what the process printed before the terminal subscribed (redis-cli's cursor
 * query, the first prompt) is not lost, and a remounted terminal shows the same screen.
 */
import { StringDecoder } from 'node:string_decoder';
import type { Engine, TerminalSize, TtySession } from '../engine';

export type ConsoleEvent = { data: string } | { exit: number };
export type ConsoleListener = (event: ConsoleEvent) => void;

export const HISTORY_CAP = 256 * 1024;

export class ConsoleSession {
  private readonly decoder = new StringDecoder('utf8');
  private readonly history: string[] = [];
  private historySize = 0;
  private readonly listeners = new Set<ConsoleListener>();
  private exitCode?: number;
  private removal?: Promise<void>;

  constructor(
    /** Removes the container when the session ends (on a playground node, through the node's engine). */
    private readonly engine: Pick<Engine, 'removeContainer'>,
    private readonly tty: TtySession,
    /** What the CLI would have printed before the session (image pulled, warnings). */
    preface = '',
  ) {
    this.output(preface);
    tty.on('data', (data: Buffer) => this.output(this.decoder.write(data)));
    // The promise, not the event: it also reports an exit that happened before we listened.
    tty.exited.then(
      (code) => this.exited(code),
      () => this.exited(-1),
    );
  }

  get containerId(): string {
    return this.tty.containerId;
  }

  input(data: string): void {
    if (this.exitCode === undefined) this.tty.write(data);
  }

  resize(size: TerminalSize): Promise<void> {
    return this.tty.resize(size);
  }

  /** Replays the kept output (and the exit, if the process has ended), then forwards what follows. */
  subscribe(listener: ConsoleListener): () => void {
    if (this.history.length > 0) listener({ data: this.history.join('') });
    if (this.exitCode !== undefined) listener({ exit: this.exitCode });
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get subscribers(): number {
    return this.listeners.size;
  }

  /** Ends the session and removes its container (the app created it). */
  close(): Promise<void> {
    this.listeners.clear();
    this.tty.close();
    return this.remove();
  }

  private output(text: string): void {
    if (!text) return;
    this.keep(text);
    for (const listener of this.listeners) listener({ data: text });
  }

  /** Keeps the newest HISTORY_CAP characters, dropping whole chunks from the front where possible. */
  private keep(text: string): void {
    this.history.push(text);
    this.historySize += text.length;
    while (this.historySize > HISTORY_CAP && this.history.length > 1)
      this.historySize -= this.history.shift()?.length ?? 0;
    if (this.historySize > HISTORY_CAP) {
      const last = this.history.pop()?.slice(-HISTORY_CAP) ?? '';
      this.history.push(last);
      this.historySize = last.length;
    }
  }

  private exited(code: number): void {
    this.output(this.decoder.end());
    this.exitCode = code;
    for (const listener of this.listeners) listener({ exit: code });
    void this.remove();
  }

  private remove(): Promise<void> {
    this.removal ??= this.engine.removeContainer(this.tty.containerId).catch(() => undefined);
    return this.removal;
  }
}
