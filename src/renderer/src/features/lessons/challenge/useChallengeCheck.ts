/**
 * "Check my work": the challenge's checks against the engine as it is now. The result is kept with the
 * lessons' step runs, as a line typed in the Explore terminal keeps it, so the step shows it either way;
 * solved, the step gets its ✓.
 */
import type { WireError } from '@shared/contract';
import { useCallback, useState } from 'react';
import { api, wireErrorOf } from '../../../api/client';
import { useLessons } from '../LessonsProvider';

export function useChallengeCheck(lesson: string, step: string) {
  const { explored } = useLessons();
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState<WireError>();

  const check = useCallback(async () => {
    setChecking(true);
    setError(undefined);
    try {
      explored(await api.call('challenge.check', { lesson, step }));
    } catch (failure) {
      setError(wireErrorOf(failure));
    } finally {
      setChecking(false);
    }
  }, [explored, lesson, step]);

  return { check, checking, error };
}
