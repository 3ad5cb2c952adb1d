/** Runs the step; busy while it runs, and says why when it cannot (next to it, in its tooltip, to screen readers). */
import { Button, Loader, Stack, Text, Tooltip } from '@mantine/core';
import { IconPlayerPlayFilled } from '@tabler/icons-react';
import { ariaShortcut, useShortcutLabel } from '../../app/shortcuts';
import { useLessonsStrings } from './useLessonsStrings';

interface Props {
  onRun(): void;
  busy: boolean;
  ranBefore: boolean;
  canRun: boolean;
  reason?: string;
}

export function RunButton({ onRun, busy, ranBefore, canRun, reason }: Props) {
  const t = useLessonsStrings();
  const keys = useShortcutLabel()('run');
  // Not `disabled`: a disabled button gets no hover or focus, so its tooltip could never say why.
  const blocked = !canRun && !busy;
  return (
    <Stack gap={4} align="flex-end">
      <Tooltip
        label={blocked && reason ? reason : t('runHint', { keys })}
        withArrow
        multiline
        maw={320}
        disabled={busy}
      >
        <Button
          onClick={busy || blocked ? undefined : onRun}
          data-disabled={blocked || undefined}
          aria-disabled={blocked || undefined}
          aria-busy={busy}
          leftSection={busy ? <Loader size={14} color="currentColor" /> : <IconPlayerPlayFilled size={14} />}
          aria-describedby={reason ? 'run-reason' : undefined}
          aria-keyshortcuts={ariaShortcut('run')}
          data-testid="run-step"
          data-busy={busy}
        >
          {busy ? t('running') : ranBefore ? t('runAgain') : t('run')}
        </Button>
      </Tooltip>
      {reason && (
        <Text size="xs" c="dimmed" maw={340} ta="right" id="run-reason" data-testid="run-reason">
          {reason}
        </Text>
      )}
    </Stack>
  );
}
