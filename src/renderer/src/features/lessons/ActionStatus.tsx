/** How an action ended: exit code, how long it took, whether an earlier run's objects were reused. */
import { Badge, Group, Loader, Text } from '@mantine/core';
import type { ActionResult } from '@shared/results';
import { useLessonsStrings } from './useLessonsStrings';

export function ActionStatus({ result }: { result?: ActionResult }) {
  const t = useLessonsStrings();
  if (!result)
    return (
      <Group gap={8}>
        <Loader size="xs" type="dots" />
        <Text size="xs" c="dimmed">
          {t('running')}
        </Text>
      </Group>
    );
  const { exitCode } = result;
  return (
    <Group gap={6} wrap="nowrap" data-testid="action-status">
      <Badge
        size="sm"
        variant="light"
        radius="sm"
        color={exitCode === 0 ? 'teal' : exitCode === null ? 'gray' : 'red'}
        data-exit-code={exitCode ?? ''}
      >
        {exitCode === null ? t('noExitCode') : t('exitCode', { code: exitCode })}
      </Badge>
      <Text size="xs" c="dimmed">
        {t('seconds', { seconds: (result.durationMs / 1000).toFixed(1) })}
      </Text>
      {result.reused && (
        <Badge size="sm" variant="outline" color="gray" radius="sm">
          {t('reused')}
        </Badge>
      )}
    </Group>
  );
}
