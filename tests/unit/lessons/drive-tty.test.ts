// The TTY driver against a fake redis-cli that behaves as linenoise does: before each prompt it measures
// the terminal with cursor-position queries, and a key typed before the prompt shows would be read as
// the answer to its query. The driver must type each line as soon as the prompt is there, not after quiet.
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import type { TtySession } from '../../../src/main/engine';
import { driveSession, promptShown } from '../../../src/main/lessons/execute/drive-tty';

const PROMPT = 'redis:6379> ';
// biome-ignore lint/suspicious/noControlCharactersInRegex: a terminal's answer starts with ESC
const ANSWER = /^\x1b\[1;(\d+)R$/;
const QUIET_MS = 5_000; // far longer than the test may take: a driver waiting for quiet fails it

/** A fake session whose program answers each line after `prompt`, measuring the width first when `probe`. */
class FakeLineEditor extends EventEmitter {
  readonly received: string[] = [];
  readonly typedDuringProbe: string[] = [];
  readonly widths: number[] = [];
  closed = false;
  private pending = '';
  private probing: 'start' | 'far-right' | undefined;
  private finish!: (code: number) => void;
  readonly exited = new Promise<number>((resolve) => {
    this.finish = resolve;
  });

  constructor(
    private readonly prompt: string,
    private readonly probe: boolean,
  ) {
    super();
    setTimeout(() => this.nextPrompt(), 5);
  }

  private print(text: string): void {
    setImmediate(() => this.emit('data', Buffer.from(text)));
  }

  private nextPrompt(): void {
    if (!this.probe) {
      this.print(this.prompt);
      return;
    }
    this.probing = 'start';
    this.print('\x1b[6n');
  }

  write(data: string): void {
    const answer = ANSWER.exec(data);
    if (answer) {
      this.answered(Number(answer[1]));
      return;
    }
    if (this.probing) this.typedDuringProbe.push(data);
    this.pending += data;
    for (let end = this.pending.indexOf('\r'); end !== -1; end = this.pending.indexOf('\r')) {
      const line = this.pending.slice(0, end);
      this.pending = this.pending.slice(end + 1);
      this.received.push(line);
      // linenoise redraws the line with what was typed, then the reply follows on new lines.
      this.print(`\r${this.prompt}${line}\x1b[0K\r\x1b[${this.prompt.length + line.length}C\r\n`);
      if (line === 'quit') {
        setImmediate(() => this.finish(0));
        return;
      }
      this.print(`(reply to ${line})\r\n`);
      setTimeout(() => this.nextPrompt(), 5);
    }
  }

  private answered(col: number): void {
    if (this.probing === 'start') {
      this.probing = 'far-right';
      this.print('\x1b[999C\x1b[6n');
    } else if (this.probing === 'far-right') {
      this.widths.push(col);
      this.probing = undefined;
      this.print(`\x1b[${col - 1}D\r${this.prompt}\x1b[0K\r\x1b[${this.prompt.length}C`);
    }
  }

  close(): void {
    this.closed = true;
    this.finish(0);
  }
}

const asSession = (fake: FakeLineEditor) => fake as unknown as TtySession;
const input = ['KEYS *', 'GET requests', 'HGETALL ip', 'quit'];

describe('driveSession', () => {
  it('types each line once the prompt shows, after linenoise has measured the width', async () => {
    const fake = new FakeLineEditor(PROMPT, true);
    const started = Date.now();
    const { transcript, exitCode } = await driveSession(asSession(fake), input, { cols: 80, idleMs: QUIET_MS });
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(exitCode).toBe(0);
    expect(fake.received).toEqual(input);
    expect(fake.typedDuringProbe).toEqual([]);
    expect(fake.widths).toEqual([80, 80, 80, 80]);
    expect(transcript).toContain('(reply to HGETALL ip)');
  });

  it('ends the input after the last line when the program keeps prompting', async () => {
    const fake = new FakeLineEditor('/ # ', false);
    await driveSession(asSession(fake), ['hostname'], { cols: 80, idleMs: QUIET_MS });
    expect(fake.received).toEqual(['hostname']);
    expect(fake.closed).toBe(true);
  });

  it('falls back to a spell of quiet for a prompt it does not know', async () => {
    const fake = new FakeLineEditor('Password: ', false);
    const started = Date.now();
    await driveSession(asSession(fake), ['secret', 'quit'], { cols: 80, idleMs: 60 });
    expect(fake.received).toEqual(['secret', 'quit']);
    expect(Date.now() - started).toBeGreaterThanOrEqual(2 * 60);
  });
});

describe('promptShown', () => {
  it('sees a prompt at the end of the screen, also redrawn with cursor moves', () => {
    expect(promptShown(`\x1b[79D\r${PROMPT}\x1b[0K\r\x1b[12C`, true)).toBe(true);
    expect(promptShown('1) "requests"\r\n2) "ip"\r\n/ # ', false)).toBe(true);
  });

  it('does not take the typed line or output without a prompt for one', () => {
    expect(promptShown(`\r${PROMPT}KEYS *\x1b[0K\r\x1b[18C`, false)).toBe(false);
    // The old prompt, redrawn before the Enter moved to a new line, is not the next prompt.
    expect(promptShown(`\r${PROMPT}\x1b[0K`, false)).toBe(false);
    expect(promptShown('1) "requests"\r\n', false)).toBe(false);
    expect(promptShown('\x1b[6n', true)).toBe(false);
  });
});
