/** Above a step's output kept from before this window opened: when that run was ("Last run 14:02"). */
import { Group, Text } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useLanguage } from '../../app/useStrings';
import type { StepRun } from './runs';
import { useLessonsStrings } from './useLessonsStrings';

export function LastRun({ run }: { run?: StepRun }) {
  const t = useLessonsStrings();
  const language = useLanguage();
  const endedAt = run?.result?.endedAt;
  if (!run?.restored || endedAt === undefined) return null;
  const ended = new Date(endedAt);
  const sameDay = ended.toDateString() === new Date().toDateString();
  const time = ended.toLocaleString(language === 'id' ? 'id-ID' : 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    ...(sameDay ? {} : { day: 'numeric', month: 'short' }),
  });
  return (
    <Group gap={6} wrap="nowrap" data-testid="last-run" data-ended-at={endedAt}>
      <IconHistory size={16} color="var(--mantine-color-dimmed)" style={{ flex: 'none' }} aria-hidden />
      <Text size="sm" c="dimmed">
        {t('lastRun', { time })}
      </Text>
    </Group>
  );
}
