/**
 * The open lesson's steps against the engine's real state (`lesson.state`): read when the lesson opens,
 * when the engine connects, after each run, and when the window gets the focus back (the learner may
 * have changed things with the docker CLI meanwhile).
 */
import type { LessonState } from '@shared/contract';
import { useCallback, useEffect, useState } from 'react';
import { api } from '../../api/client';
import { useEngine } from '../engine';

export function useLessonState(lesson: string | undefined, running: boolean) {
  const connected = useEngine().state === 'connected';
  const [state, setState] = useState<LessonState>();
  const [reads, setReads] = useState(0);
  const refresh = useCallback(() => setReads((n) => n + 1), []);

  useEffect(() => {
    window.addEventListener('focus', refresh);
    return () => window.removeEventListener('focus', refresh);
  }, [refresh]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `reads` asks for a fresh read
  useEffect(() => {
    if (!lesson || !connected || running) return;
    let current = true;
    api.call('lesson.state', { lesson }).then(
      (read) => current && setState(read),
      () => current && setState(undefined), // unknown: show the progress as saved
    );
    return () => {
      current = false;
    };
  }, [lesson, connected, running, reads]);

  return { state: state?.lesson === lesson ? state : undefined, refresh };
}
