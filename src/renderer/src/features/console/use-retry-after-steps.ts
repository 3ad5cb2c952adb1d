/**
 * A console that could not start (what it connects to is not there yet: "run step 1 first") opens
 * again by itself when a step of its lesson ends, so the learner does not have to press Reconnect.
 */
import { useEffect, useRef } from 'react';
import { useLessons } from '../lessons';

export function useRetryAfterSteps(lesson: string, failed: boolean, retry: () => void): void {
  const { runs } = useLessons();
  const prefix = `${lesson}/`;
  const lastEnded = Math.max(
    0,
    ...Object.entries(runs)
      .filter(([key, run]) => key.startsWith(prefix) && !run.running && !run.restored)
      .map(([, run]) => run.result?.endedAt ?? 0),
  );
  const seen = useRef(lastEnded);
  useEffect(() => {
    if (lastEnded === seen.current) return;
    seen.current = lastEnded;
    if (failed) retry();
  }, [lastEnded, failed, retry]);
}
