/**
 * Drives an interactive (-it) session when no person is at the keyboard: answers the terminal's
 * cursor-position queries as a terminal would, and types each input line as soon as the program's
 * prompt is on the screen. Line editors (redis-cli's linenoise) measure the terminal before they draw
 * the prompt, so once it shows, the editor is reading and typed keys cannot be mistaken for the
 * answer to its query. A program whose prompt looks like none of PROMPT gets its line after a spell of
 * quiet instead.
 */
import type { TtySession } from '../../engine';
import { screenText } from './terminal-text';

const CURSOR_QUERY = '\x1b[6n';
const IDLE_MS = 300;
const TIMEOUT_MS = 30_000;
/** How a prompt ends on the screen: `redis:6379>`, `/ #`, `$`, `>>>`, `mysql>`, `%`. */
const PROMPT = /[>#$%]$/;

export interface DriveOptions {
  cols: number;
  idleMs?: number;
  timeoutMs?: number;
}

/**
 * True when `output` (all the program printed since the last line was typed) ends with a prompt on a
 * line of its own: after the first line, the typed line's Enter must have moved on to a new one, so the
 * echo of the old prompt with the typed text is not taken for the next.
 */
export function promptShown(output: string, first: boolean): boolean {
  const screen = screenText(output);
  const lastBreak = screen.lastIndexOf('\n');
  if (!first && lastBreak === -1) return false;
  return PROMPT.test(screen.slice(lastBreak + 1));
}

export function driveSession(
  session: TtySession,
  input: string[],
  options: DriveOptions,
): Promise<{ transcript: string; exitCode: number }> {
  const queue = [...input];
  let transcript = '';
  /** What the program printed since the last line was typed (or since it started). */
  let sinceTyped = '';
  let typed = 0;
  let idleTimer: NodeJS.Timeout | undefined;
  const idleMs = options.idleMs ?? IDLE_MS;

  const typeNext = () => {
    clearTimeout(idleTimer);
    sinceTyped = '';
    const line = queue.shift();
    if (line === undefined) session.close();
    else {
      typed++;
      session.write(`${line}\r`);
    }
  };
  const onData = (data: Buffer) => {
    const text = data.toString('utf8');
    transcript += text;
    sinceTyped += text;
    // A query answered with column 1 first, then the far right after a "move right 999" probe:
    // that is how line editors (redis-cli's linenoise) measure the terminal's width.
    for (let i = text.indexOf(CURSOR_QUERY); i !== -1; i = text.indexOf(CURSOR_QUERY, i + 1)) {
      const col = transcript.slice(-64).includes('\x1b[999C') ? options.cols : 1;
      session.write(`\x1b[1;${col}R`);
    }
    clearTimeout(idleTimer);
    if (promptShown(sinceTyped, typed === 0)) typeNext();
    else idleTimer = setTimeout(typeNext, idleMs);
  };
  session.on('data', onData);
  idleTimer = setTimeout(typeNext, idleMs * 3);

  return new Promise((resolve, reject) => {
    const timeout = setTimeout(() => {
      session.close();
      reject(new Error(`the interactive session did not finish within ${(options.timeoutMs ?? TIMEOUT_MS) / 1000} s`));
    }, options.timeoutMs ?? TIMEOUT_MS);
    session.exited.then(
      (exitCode) => {
        clearTimeout(timeout);
        clearTimeout(idleTimer);
        session.off('data', onData);
        resolve({ transcript, exitCode });
      },
      (error) => {
        clearTimeout(timeout);
        clearTimeout(idleTimer);
        reject(error);
      },
    );
  });
}
