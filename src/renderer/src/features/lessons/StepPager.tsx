/** Previous and next step, with their shortcuts. */
import { Button, Group, Tooltip } from '@mantine/core';
import { IconArrowLeft, IconArrowRight } from '@tabler/icons-react';
import { ariaShortcut, useShortcutLabel } from '../../app/shortcuts';
import { useLessons } from './LessonsProvider';
import { useLessonsStrings } from './useLessonsStrings';

export function StepPager({ emphasizeNext }: { emphasizeNext: boolean }) {
  const t = useLessonsStrings();
  const label = useShortcutLabel();
  const { move, canMove } = useLessons();
  return (
    <Group justify="space-between">
      <Tooltip label={t('withKeys', { label: t('previous'), keys: label('previous') })} withArrow>
        <Button
          variant="subtle"
          color="gray"
          leftSection={<IconArrowLeft size={16} />}
          onClick={() => move(-1)}
          disabled={!canMove(-1)}
          aria-keyshortcuts={ariaShortcut('previous')}
          data-testid="previous-step"
        >
          {t('previous')}
        </Button>
      </Tooltip>
      <Tooltip label={t('withKeys', { label: t('next'), keys: label('next') })} withArrow>
        <Button
          variant={emphasizeNext ? 'filled' : 'light'}
          rightSection={<IconArrowRight size={16} />}
          onClick={() => move(1)}
          disabled={!canMove(1)}
          aria-keyshortcuts={ariaShortcut('next')}
          data-testid="next-step"
        >
          {t('next')}
        </Button>
      </Tooltip>
    </Group>
  );
}
