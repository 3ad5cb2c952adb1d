/** The lessons (as the main process formats them for this engine) and the learner's saved progress. */
import type { LessonView, Progress } from '@shared/contract';
import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../api/client';
import { useEngine } from '../engine';
import { byOrder } from './navigation';

type Entry = Progress[string];

export function useLessonData() {
  const engine = useEngine();
  const [lessons, setLessons] = useState<LessonView[]>();
  const [loadError, setLoadError] = useState<string>();
  const [progress, setProgress] = useState<Progress>();
  const progressRef = useRef<Progress>({});

  // Commands name the engine's host (curl http://<host>:3000), so they change with the engine.
  // Commands depend on the engine: its host (curl) and its kind (Podman adjusts some commands).
  const host = engine.state === 'connected' ? `${engine.endpoint.publishedHost} ${engine.identity.product}` : '';
  // biome-ignore lint/correctness/useExhaustiveDependencies: reloaded when the engine's host or kind changes
  useEffect(() => {
    api.call('lessons.list', {}).then(
      (list) => setLessons(byOrder(list)),
      (error: Error) => setLoadError(error.message),
    );
  }, [host]);

  useEffect(() => {
    api.call('progress.get', {}).then(
      (saved) => {
        progressRef.current = saved;
        setProgress(saved);
      },
      () => setProgress({}),
    );
  }, []);

  /** Updates a lesson's progress here at once (so quick changes build on each other) and saves it. */
  const saveProgress = useCallback((lesson: string, update: (entry: Entry) => Entry) => {
    const entry = update(progressRef.current[lesson] ?? { completed: [] });
    progressRef.current = { ...progressRef.current, [lesson]: entry };
    setProgress(progressRef.current);
    const { completed, current } = entry;
    api.call('progress.set', { lesson, completed, ...(current ? { current } : {}) }).catch(() => {
      // Not saved: the learner keeps working; progress is saved again with the next change.
    });
  }, []);

  return { lessons, loadError, progress, saveProgress };
}
