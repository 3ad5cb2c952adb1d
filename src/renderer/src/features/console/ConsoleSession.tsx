/** One of the lesson's consoles on a real TTY. Mount it only while it is shown: mounting starts a container. */
import { Box, Button, Group, Stack, Text, useComputedColorScheme } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EngineWaiting } from '../engine';
import { ClipboardButtons } from './ClipboardButtons';
import { ConsoleCommand, ConsoleStatus } from './ConsoleStatus';
import type { ConsoleTarget } from './console-session';
import { useConsoleSession } from './use-console-session';
import { useRetryAfterSteps } from './use-retry-after-steps';
import { useTerminal } from './use-terminal';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

interface Props {
  target: ConsoleTarget;
  /** The console's name in the current language, as the lesson gives it. */
  label: string;
  /** Shown above the session (the choice of console, when the lesson has several). */
  picker?: ReactNode;
}

export function ConsoleSession({ target, label, picker }: Props) {
  const { t } = useTranslation('console');
  const [clipboardProblem, setClipboardProblem] = useState<string>();
  const onClipboardError = (error: unknown) => setClipboardProblem(messageOf(error));
  const { container, terminal } = useTerminal(onClipboardError);
  const { state, reconnect, waiting } = useConsoleSession(terminal, target);
  useRetryAfterSteps(target.lesson, state.phase === 'failed' && !state.whileOpen, reconnect);
  const dark = useComputedColorScheme('light') === 'dark';
  const stopped = state.phase === 'ended' || state.phase === 'failed';

  return (
    <Stack gap="xs" p="xs" h="100%" mih={0} data-testid="console-panel" data-console={target.console}>
      {picker}
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <ConsoleCommand command={state.command} />
        <Group gap={4} wrap="nowrap">
          <ClipboardButtons terminal={terminal} onError={onClipboardError} />
          <Button
            size="xs"
            variant={stopped ? 'filled' : 'light'}
            leftSection={<IconRefresh size={14} />}
            onClick={reconnect}
            data-testid="console-reconnect"
          >
            {t('reconnect')}
          </Button>
        </Group>
      </Group>
      {waiting ? <EngineWaiting /> : <ConsoleStatus state={state} label={label} />}
      {clipboardProblem && (
        <Text size="xs" c="red">
          {t('clipboardFailed', { message: clipboardProblem })}
        </Text>
      )}
      <Box
        ref={container}
        data-testid="console-terminal"
        role="group"
        aria-label={t('terminal', { label })}
        flex={1}
        mih={240}
        p={4}
        bg={dark ? 'dark.8' : 'white'}
        bd="1px solid var(--mantine-color-default-border)"
      />
      <Text size="xs" c="dimmed">
        {t('keys', { label })}
      </Text>
    </Stack>
  );
}
