/** The verdict on a run step: complete, not yet, or could not run. */
import { Text } from '@mantine/core';
import { IconCircleCheck, IconInfoTriangle } from '@tabler/icons-react';
import { Callout } from '../../app/Callout';
import { ErrorNotice } from './ErrorNotice';
import type { StepRun } from './runs';
import { useLessonsStrings } from './useLessonsStrings';

export function StepOutcome({ run }: { run?: StepRun }) {
  const t = useLessonsStrings();
  if (!run || run.running) return null;
  if (run.error) return <ErrorNotice title={t('stepError')} error={run.error} />;
  if (!run.result) return null;
  return run.result.ok ? (
    <Callout color="teal" icon={<IconCircleCheck size={18} />} data-testid="step-outcome" data-ok="true">
      <Text size="sm">{t('stepPassed')}</Text>
    </Callout>
  ) : (
    <Callout color="orange" icon={<IconInfoTriangle size={18} />} data-testid="step-outcome" data-ok="false">
      <Text size="sm">{t('stepFailed')}</Text>
    </Callout>
  );
}
