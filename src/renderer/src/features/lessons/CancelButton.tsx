/** Cancels the running step: the app aborts its engine requests and removes what it had started. */
import { Button, Tooltip } from '@mantine/core';
import { IconPlayerStopFilled } from '@tabler/icons-react';
import { useState } from 'react';
import { useLessonsStrings } from './useLessonsStrings';

export function CancelButton({ onCancel }: { onCancel(): Promise<unknown> }) {
  const t = useLessonsStrings();
  const [cancelling, setCancelling] = useState(false);
  const cancel = () => {
    setCancelling(true);
    // The step's result says how it ended; a cancel that came too late changes nothing.
    onCancel().catch(() => setCancelling(false));
  };
  return (
    <Tooltip label={t('cancelStepHint')} withArrow multiline maw={300}>
      <Button
        variant="light"
        color="red"
        onClick={cancel}
        loading={cancelling}
        leftSection={<IconPlayerStopFilled size={14} />}
        data-testid="cancel-step"
      >
        {cancelling ? t('cancelling') : t('cancelStep')}
      </Button>
    </Tooltip>
  );
}
