import { ActionIcon, Box, Button, Group, Stack, Text, Tooltip, useComputedColorScheme } from '@mantine/core';
import { IconClipboard, IconCopy, IconRefresh } from '@tabler/icons-react';
import type { Terminal } from '@xterm/xterm';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { registerStrings } from '../../app/i18n';
import { EngineWaiting } from '../engine';
import { ConsoleCommand, ConsoleStatus } from './ConsoleStatus';
import { strings } from './strings';
import { copySelection, pasteClipboard } from './terminal-setup';
import { useConsoleSession } from './use-console-session';
import { useTerminal } from './use-terminal';

registerStrings('console', strings);

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

function ClipboardButtons({ terminal, onError }: { terminal?: Terminal; onError(error: unknown): void }) {
  const { t } = useTranslation('console');
  const run = (action: (terminal: Terminal) => Promise<void>) => () => {
    if (!terminal) return;
    action(terminal).then(() => terminal.focus(), onError);
  };
  return (
    <>
      <Tooltip label={t('copy')} withArrow>
        <ActionIcon variant="subtle" aria-label={t('copy')} onClick={run(copySelection)} disabled={!terminal}>
          <IconCopy size={16} />
        </ActionIcon>
      </Tooltip>
      <Tooltip label={t('paste')} withArrow>
        <ActionIcon variant="subtle" aria-label={t('paste')} onClick={run(pasteClipboard)} disabled={!terminal}>
          <IconClipboard size={16} />
        </ActionIcon>
      </Tooltip>
    </>
  );
}

/** The lesson's redis-cli on a real TTY. Mount it only while it is shown: mounting starts a container. */
export function ConsolePanel({ lesson }: { lesson: string }) {
  const { t } = useTranslation('console');
  const [clipboardProblem, setClipboardProblem] = useState<string>();
  const onClipboardError = (error: unknown) => setClipboardProblem(messageOf(error));
  const { container, terminal } = useTerminal(onClipboardError);
  const { state, reconnect, waiting } = useConsoleSession(terminal, lesson);
  const dark = useComputedColorScheme('light') === 'dark';
  const stopped = state.phase === 'ended' || state.phase === 'failed';

  return (
    <Stack gap="xs" p="xs" h="100%" mih={0} data-testid="console-panel">
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
      {waiting ? <EngineWaiting /> : <ConsoleStatus state={state} />}
      {clipboardProblem && (
        <Text size="xs" c="red">
          {t('clipboardFailed', { message: clipboardProblem })}
        </Text>
      )}
      <Box
        ref={container}
        data-testid="console-terminal"
        aria-label={t('terminal')}
        flex={1}
        mih={240}
        p={4}
        bg={dark ? 'dark.8' : 'white'}
        bd="1px solid var(--mantine-color-default-border)"
      />
      <Text size="xs" c="dimmed">
        {t('keys')}
      </Text>
    </Stack>
  );
}
