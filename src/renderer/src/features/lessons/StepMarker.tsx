/** A step's number; a tick once it is completed; a warning once what it created is gone from the engine. */
import { ThemeIcon } from '@mantine/core';
import { IconCheck, IconRefresh } from '@tabler/icons-react';

export type StepMark = 'todo' | 'done' | 'lost';

const looks = {
  todo: { variant: 'light', color: 'gray' },
  done: { variant: 'filled', color: 'teal' },
  lost: { variant: 'filled', color: 'orange' },
} as const;

export function StepMarker({ n, mark, label }: { n: number; mark: StepMark; label: string }) {
  return (
    <ThemeIcon
      size={22}
      radius="xl"
      {...looks[mark]}
      aria-label={mark === 'todo' ? undefined : label}
      role={mark === 'todo' ? undefined : 'img'}
      fz="xs"
      fw={600}
    >
      {mark === 'done' ? (
        <IconCheck size={14} stroke={3} />
      ) : mark === 'lost' ? (
        <IconRefresh size={14} stroke={2.5} />
      ) : (
        n
      )}
    </ThemeIcon>
  );
}
