/** Runs steps and follows their live output through the `step` stream. */
import type { StepResult } from '@shared/results';
import { useCallback, useReducer } from 'react';
import { api, wireErrorOf } from '../../api/client';
import { useStream } from '../../api/hooks';
import { runsReducer } from './runs';

export function useStepRuns() {
  const [runs, dispatch] = useReducer(runsReducer, {});
  useStream('step', {}, (event) => dispatch({ type: 'event', event }));

  const run = useCallback(async (lesson: string, step: string): Promise<StepResult | undefined> => {
    dispatch({ type: 'start', lesson, step });
    try {
      const result = await api.call('step.run', { lesson, step });
      dispatch({ type: 'done', result });
      return result;
    } catch (error) {
      dispatch({ type: 'failed', lesson, step, error: wireErrorOf(error) });
      return undefined;
    }
  }, []);

  /** Asks the app to cancel the step; its result (an action ended CANCELLED) arrives through `run`. */
  const cancel = useCallback(async (lesson: string, step: string): Promise<boolean> => {
    const { cancelled } = await api.call('step.cancel', { lesson, step });
    return cancelled;
  }, []);

  const clear = useCallback((lesson: string) => dispatch({ type: 'clear', lesson }), []);
  /** A step that ran elsewhere (its command typed in the Explore terminal): shown as if Run had run it. */
  const record = useCallback((result: StepResult) => dispatch({ type: 'done', result }), []);
  const restore = useCallback((results: StepResult[]) => dispatch({ type: 'restore', results }), []);
  const running = Object.values(runs).some((r) => r.running);
  return { runs, run, cancel, clear, record, restore, running };
}
