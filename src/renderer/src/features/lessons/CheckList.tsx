/** The checks an action's result was read against: ticks and crosses, what was found and why it matters. */
import { Group, Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import type { CheckResult } from '@shared/results';
import { IconBulb, IconCheck, IconInfoCircle, IconX } from '@tabler/icons-react';
import { Markdown } from '../../app/Markdown';
import { useText } from '../../app/useStrings';
import classes from './lessons.module.css';
import { useLessonsStrings } from './useLessonsStrings';

function Check({ check }: { check: CheckResult }) {
  const t = useLessonsStrings();
  const text = useText();
  return (
    <Paper
      component="li"
      withBorder
      p="sm"
      className={classes.check}
      data-ok={check.ok ? 'true' : 'false'}
      data-testid={`check-${check.id}`}
    >
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <ThemeIcon
          color={check.ok ? 'teal' : 'red'}
          radius="xl"
          size={24}
          role="img"
          aria-label={check.ok ? t('checkPassed') : t('checkFailed')}
        >
          {check.ok ? <IconCheck size={16} stroke={3} /> : <IconX size={16} stroke={3} />}
        </ThemeIcon>
        <Stack gap={4} style={{ minWidth: 0, flex: 1 }}>
          <Markdown size="sm">{text(check.explain)}</Markdown>
          <Text size="sm" className={classes.detail}>
            <Text span fw={600} ff="text" c="dimmed">
              {t('found')}:{' '}
            </Text>
            {check.detailText ? text(check.detailText) : check.detail}
          </Text>
          {check.note && (
            <Group gap={6} wrap="nowrap" align="flex-start">
              <IconInfoCircle
                size={16}
                color="var(--mantine-color-blue-filled)"
                style={{ flex: 'none', marginTop: 2 }}
              />
              <Markdown size="sm">{text(check.note)}</Markdown>
            </Group>
          )}
          {!check.ok && check.hint && (
            <Group gap={6} wrap="nowrap" align="flex-start" data-testid="hint-for-check">
              <IconBulb size={16} color="var(--mantine-color-orange-filled)" style={{ flex: 'none', marginTop: 2 }} />
              <Text size="sm">
                <Text span fw={600}>
                  {t('tryNext')}:{' '}
                </Text>
                {text(check.hint)}
              </Text>
            </Group>
          )}
        </Stack>
      </Group>
    </Paper>
  );
}

export function CheckList({ checks }: { checks: CheckResult[] }) {
  const t = useLessonsStrings();
  if (checks.length === 0) return null;
  return (
    <Stack gap={6}>
      <Text size="sm" fw={600}>
        {t('checks')}
      </Text>
      <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {checks.map((check) => (
          <Check key={check.id} check={check} />
        ))}
      </Stack>
    </Stack>
  );
}
