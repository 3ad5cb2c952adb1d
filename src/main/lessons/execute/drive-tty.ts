/**
 * Drives an interactive (-it) session when no person is at the keyboard: answers the terminal's
 * cursor-position queries as a terminal would, and types each input line once the output goes quiet.
 */
import type { TtySession } from '../../engine';

const CURSOR_QUERY = '\x1b[6n';
const IDLE_MS = 300;
const TIMEOUT_MS = 30_000;

export interface DriveOptions {
  cols: number;
  idleMs?: number;
  timeoutMs?: number;
}

export function driveSession(
  session: TtySession,
  input: string[],
  options: DriveOptions,
): Promise<{ transcript: string; exitCode: number }> {
  const queue = [...input];
  let transcript = '';
  let idleTimer: NodeJS.Timeout | undefined;
  const idleMs = options.idleMs ?? IDLE_MS;

  const typeNext = () => {
    const line = queue.shift();
    if (line === undefined) session.close();
    else session.write(`${line}\r`);
  };
  const onData = (data: Buffer) => {
    const text = data.toString('utf8');
    transcript += text;
    // A query answered with column 1 first, then the far right after a "move right 999" probe:
    // that is how line editors (redis-cli's linenoise) measure the terminal's width.
    for (let i = text.indexOf(CURSOR_QUERY); i !== -1; i = text.indexOf(CURSOR_QUERY, i + 1)) {
      const col = transcript.slice(-64).includes('\x1b[999C') ? options.cols : 1;
      session.write(`\x1b[1;${col}R`);
    }
    clearTimeout(idleTimer);
    idleTimer = setTimeout(typeNext, idleMs);
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
