/** The lessons (as the main process formats them for this engine) and the learner's saved progress. */
import type { LessonView, Progress } from '@shared/contract';
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, bootData } from '../../api/client';
import { useEngine } from '../engine';
import { byOrder } from './navigation';

type Entry = Progress[string];

export function useLessonData() {
  const engine = useEngine();
  // The page's boot data (browser mode) answers the first lessons.list and progress.get.
  const [lessons, setLessons] = useState<LessonView[] | undefined>(() => bootData && byOrder(bootData.lessons));
  const [loadError, setLoadError] = useState<string>();
  const [progress, setProgress] = useState<Progress | undefined>(bootData?.progress);
  const progressRef = useRef<Progress>(bootData?.progress ?? {});
  /** The boot data's lessons stand until the engine is known; the lessons for a connected engine are asked for. */
  const booted = useRef(!!bootData);

  // Commands name the engine's host (curl http://<host>:3000), so they change with the engine.
  // Commands depend on the engine: its host (curl) and its kind (Podman adjusts some commands).
  const host = engine.state === 'connected' ? `${engine.endpoint.publishedHost} ${engine.identity.product}` : '';
  useEffect(() => {
    if (booted.current && host === '') return;
    booted.current = false;
    api.call('lessons.list', {}).then(
      (list) => setLessons(byOrder(list)),
      (error: Error) => setLoadError(error.message),
    );
  }, [host]);

  useEffect(() => {
    if (bootData) return;
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
