/** Each place the discovery looked: what it is, its address, and what went wrong there. */
import { Badge, Box, Code, Group, Paper, Stack, Text } from '@mantine/core';
import type { EngineStatus } from '@shared/contract';
import { inLanguage } from '@shared/errors';
import { Markdown } from '../../app/Markdown';
import { useLanguage } from '../../app/useStrings';
import classes from './engine.module.css';
import { useEngineStrings } from './useEngineStrings';

type Probe = Extract<EngineStatus, { state: 'unavailable' }>['probes'][number];

export function ProbeList({ probes }: { probes: Probe[] }) {
  const t = useEngineStrings();
  const language = useLanguage();
  if (probes.length === 0) return <Text size="sm">{t('noProbes')}</Text>;
  return (
    <Stack gap="xs" component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
      {probes.map((probe) => {
        const color = probe.ok ? 'teal' : probe.skipped ? 'gray' : 'red';
        const { message, fix } = inLanguage({ ...probe, message: probe.message ?? '' }, language);
        const state = probe.ok ? t('probeOk') : probe.skipped ? t('probeSkipped') : t('probeFailed');
        return (
          <Paper
            component="li"
            key={`${probe.label} ${probe.url}`}
            withBorder
            p="sm"
            className={classes.probe}
            style={{ '--probe-color': `var(--mantine-color-${color}-filled)` }}
            data-testid="probe"
          >
            <Group justify="space-between" gap="xs" align="flex-start">
              <div>
                <Text fw={600} size="sm">
                  {probe.label}
                </Text>
                <Code fz="xs">{probe.url}</Code>
              </div>
              <Group gap={6} wrap="nowrap">
                {probe.code && (
                  <Badge variant="light" color={color} size="sm" radius="sm" ff="monospace">
                    {probe.code}
                  </Badge>
                )}
                <Text size="xs" c="dimmed" ta="right">
                  {state}
                </Text>
              </Group>
            </Group>
            {message && (
              <Box mt={6}>
                <Markdown size="sm">{message}</Markdown>
              </Box>
            )}
            {fix && (
              <Box mt={4}>
                <Markdown size="sm">{`**${t('whatToDo')}:** ${fix}`}</Markdown>
              </Box>
            )}
          </Paper>
        );
      })}
    </Stack>
  );
}
