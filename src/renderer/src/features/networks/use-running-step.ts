/** The step running now, from the `step` stream; it stays a moment after its last action so the eye can follow. */
import { useEffect, useRef, useState } from 'react';
import { useStream } from '../../api/hooks';
import type { RunningStep } from './highlight';

const LINGER_MS = 2000;

export function useRunningStep(): RunningStep | undefined {
  const [running, setRunning] = useState<RunningStep>();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useStream('step', {}, (event) => {
    clearTimeout(timer.current);
    if (event.type === 'action-start') setRunning({ lesson: event.lesson, command: event.command });
    if (event.type === 'action-end') timer.current = setTimeout(() => setRunning(undefined), LINGER_MS);
  });
  useEffect(() => () => clearTimeout(timer.current), []);
  return running;
}
