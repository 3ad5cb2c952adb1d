/**
 * Under a PORT_BUSY error whose port another lesson's container holds: one click stops that container
 * (the main process checks again that it may) and runs the step again.
 */
import { Button, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { PortHolder } from '@shared/results';
import { IconPlayerStopFilled } from '@tabler/icons-react';
import { useState } from 'react';
import { api } from '../../../api/client';
import { registerStrings } from '../../../app/i18n';
import { useStrings, useText } from '../../../app/useStrings';
import { useLessons } from '../LessonsProvider';
import { freePortStrings } from './strings';

registerStrings('freePort', freePortStrings);

export function FreePortButton({ holder }: { holder: PortHolder }) {
  const t = useStrings('freePort', freePortStrings.en);
  const text = useText();
  const { lessons, selection, run, running } = useLessons();
  const [busy, setBusy] = useState(false);
  const owner = lessons?.find((lesson) => lesson.id === holder.lesson);
  const label = t('stop', { container: holder.container, lesson: owner ? text(owner.title) : holder.lesson });

  const stop = async () => {
    if (!selection) return;
    setBusy(true);
    try {
      await api.call('lesson.freePort', { lesson: selection.lesson, port: holder.port });
      void run(selection);
    } catch (error) {
      const { message, fix } = error as { message: string; fix?: string };
      notifications.show({ color: 'red', title: t('stopFailed'), message: fix ? `${message} ${fix}` : message });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Tooltip label={t('stopHint')} withArrow multiline w={300}>
      <Button
        size="xs"
        variant="light"
        color="red"
        leftSection={<IconPlayerStopFilled size={14} />}
        onClick={stop}
        loading={busy}
        disabled={running || !selection}
        data-testid="free-port"
        style={{ alignSelf: 'flex-start' }}
      >
        {label}
      </Button>
    </Tooltip>
  );
}
