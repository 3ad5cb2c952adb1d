/** Shown while no engine answers: the detection report, the fix for this OS, and when the app tries again. */
import { Button, Group, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { EngineStatus } from '@shared/contract';
import { type AppErrorCode, appErrorTitles, inLanguage } from '@shared/errors';
import { IconPlugConnectedX, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { api, problemOf } from '../../api/client';
import { Callout } from '../../app/Callout';
import { Markdown } from '../../app/Markdown';
import { useLanguage, useText } from '../../app/useStrings';
import { ProbeList } from './ProbeList';
import { RetryCountdown } from './RetryCountdown';
import { platformName, useEngineStrings } from './useEngineStrings';

type Unavailable = Extract<EngineStatus, { state: 'unavailable' }>;

export function EngineDown({ status }: { status: Unavailable }) {
  const t = useEngineStrings();
  const text = useText();
  const language = useLanguage();
  const meaning = appErrorTitles[status.code as AppErrorCode];
  const [retrying, setRetrying] = useState(false);

  const retry = async () => {
    setRetrying(true);
    try {
      const next = await api.call('engine.retry', {});
      if (next.state !== 'connected') notifications.show({ color: 'red', message: t('retryFailed') });
    } catch (error) {
      notifications.show({ color: 'red', message: inLanguage(problemOf(error), language).message });
    } finally {
      setRetrying(false);
    }
  };

  return (
    <ScrollArea h="100%" type="auto" scrollbars="y">
      <Stack p="lg" gap="md" data-testid="engine-down" role="region" aria-labelledby="engine-down-title">
        <Group gap="sm" wrap="nowrap">
          <IconPlugConnectedX size={28} color="var(--mantine-color-red-filled)" aria-hidden />
          <Title order={2} size="h3" id="engine-down-title">
            {t('downTitle')}
          </Title>
        </Group>
        <Text>{t('downIntro')}</Text>
        <Callout color="orange" title={t('report')}>
          <Markdown size="sm">{status.messageText ? text(status.messageText) : status.message}</Markdown>
          <Text size="xs" c="dimmed" mt="xs">
            {t('yourSystem', { platform: platformName(status.platform) })} · {meaning && `${text(meaning)} `}
            <Text span ff="monospace" inherit>
              {meaning ? `(${status.code})` : status.code}
            </Text>
          </Text>
        </Callout>
        <Group justify="space-between">
          <RetryCountdown retryAt={status.retryAt} />
          <Button
            leftSection={<IconRefresh size={16} />}
            loading={retrying}
            onClick={retry}
            title={t('tryAgainLabel')}
            data-testid="engine-retry"
          >
            {t('tryAgain')}
          </Button>
        </Group>
        <Title order={3} size="h5">
          {t('probes')}
        </Title>
        <ProbeList probes={status.probes} />
      </Stack>
    </ScrollArea>
  );
}
