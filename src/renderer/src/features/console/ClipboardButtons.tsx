/** Copy and paste for the terminal, as buttons (the keys do the same). */
import { ActionIcon, Tooltip } from '@mantine/core';
import { IconClipboard, IconCopy } from '@tabler/icons-react';
import type { Terminal } from '@xterm/xterm';
import { useTranslation } from 'react-i18next';
import { copySelection, pasteClipboard } from './terminal-setup';

export function ClipboardButtons({ terminal, onError }: { terminal?: Terminal; onError(error: unknown): void }) {
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
