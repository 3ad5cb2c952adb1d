/**
 * Follow or pause. Pausing freezes what the list shows (a snapshot), so lines the reader is looking
 * at neither move nor drop out of the capped buffer; new lines are counted until following resumes.
 * Only the reader resumes (jump to latest, or the follow button): reaching the bottom while a flood
 * scrolls the list cannot be told apart from the reader scrolling there.
 */
import { useCallback, useRef, useState } from 'react';
import { countNewer, type LogEntry } from './log-buffer';

export interface Follow {
  following: boolean;
  /** The lines to show: the live buffer, or the snapshot taken when pausing. */
  source: readonly LogEntry[];
  newCount: number;
  pause(): void;
  resume(): void;
}

export function useFollow(lines: readonly LogEntry[]): Follow {
  const [snapshot, setSnapshot] = useState<readonly LogEntry[] | null>(null);
  const latest = useRef(lines);
  latest.current = lines;
  const pause = useCallback(() => setSnapshot((current) => current ?? latest.current), []);
  const resume = useCallback(() => setSnapshot(null), []);
  return {
    following: snapshot === null,
    source: snapshot ?? lines,
    newCount: snapshot ? countNewer(lines, snapshot) : 0,
    pause,
    resume,
  };
}
