/** Whether a step can run now, and if not, why (in words the learner reads next to the Run button). */
import { useEngine } from '../engine';
import { useLessons } from './LessonsProvider';
import { useLessonsStrings } from './useLessonsStrings';

export function useRunGate(): { canRun: boolean; reason?: string } {
  const t = useLessonsStrings();
  const engine = useEngine();
  const { running } = useLessons();
  if (engine.state === 'unavailable') return { canRun: false, reason: t('engineDown') };
  if (engine.state === 'connecting') return { canRun: false, reason: t('engineConnecting') };
  if (running) return { canRun: false };
  return { canRun: true };
}
