/**
 * One reader of the log history: a cursor that sends batches only while the wire takes more. A slow
 * reader queues nothing here (its lines wait in the history); one that falls more than a batch behind
 * goes on from the newest lines, and reads the ones it skipped with `logs.history` if it wants them.
 * Once it has its backlog, a reader gets live lines at most once per `logUpdateMs` (as often as the page
 * renders them): in a flood, each frame carries the newest `frameLines` and the others stay in the history.
 */
import { type LogBatch, logBatchMax } from '@shared/contract';
import { logUpdateMs } from '@shared/contract/codes';
import type { AppError } from '@shared/errors';
import type { WireFlow } from '../api/wires/flow';
import type { LogFeed } from './log-feed';

export interface PumpSink {
  event(batch: LogBatch): void;
  waiting(error: AppError): void;
  resumed(): void;
  end(error?: unknown): void;
  flow: WireFlow;
}

/**
 * A frame's most lines and characters. In a flood each live frame carries the newest `frameLines`, four
 * screens of a tall panel, and the page renders it in one short task: with 1,000 lines a frame, a busy
 * 2-core machine stretched those tasks past 50 ms in 8 of 30 floods, with 200 in 1 of 30.
 * A reader behind by up to a window's worth (`logBatchMax`) gets it in several frames.
 */
export const frameLines = 200;
export const frameChars = 128 * 1024;

/** Reads `feed` into `sink` from its newest `tail` lines on; the returned function stops. */
export function pumpLogs(feed: LogFeed, tail: number, sink: PumpSink): () => void {
  const { history } = feed;
  let cursor = Math.max(history.first, history.next - tail);
  let stopped = false;
  let awaitingWire = false;
  let live = false;
  let lastLive = Number.NEGATIVE_INFINITY;
  let paceTimer: ReturnType<typeof setTimeout> | undefined;

  /** How long the next live frame must wait; a frame after a quiet spell goes at once. */
  const paceWait = () => (live ? lastLive + logUpdateMs - performance.now() : 0);

  const pump = () => {
    while (!stopped && cursor < history.next) {
      const wait = paceWait();
      if (wait > 0) {
        paceTimer ??= setTimeout(() => {
          paceTimer = undefined;
          pump();
        }, wait);
        return;
      }
      if (!sink.flow.ready()) {
        if (!awaitingWire) {
          awaitingWire = true;
          sink.flow.whenReady(() => {
            awaitingWire = false;
            pump();
          });
        }
        return;
      }
      cursor = Math.max(cursor, history.next - (live ? frameLines : logBatchMax), history.first);
      const batch = history.read(cursor, frameLines, frameChars);
      cursor = (batch.seq.at(-1) ?? cursor) + 1;
      if (live) lastLive = performance.now();
      sink.event(batch);
    }
    live = true;
  };

  const unread = feed.read({
    appended: pump,
    waiting: sink.waiting,
    resumed: sink.resumed,
    end: (error) => {
      stopped = true;
      sink.end(error);
    },
  });
  pump();
  return () => {
    stopped = true;
    clearTimeout(paceTimer);
    unread();
  };
}
