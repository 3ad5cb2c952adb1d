/** A step's number, or a tick once it is completed. */
import { ThemeIcon } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';

export function StepMarker({ n, done, label }: { n: number; done: boolean; label: string }) {
  return (
    <ThemeIcon
      size={22}
      radius="xl"
      variant={done ? 'filled' : 'light'}
      color={done ? 'teal' : 'gray'}
      aria-label={done ? label : undefined}
      role={done ? 'img' : undefined}
      fz="xs"
      fw={600}
    >
      {done ? <IconCheck size={14} stroke={3} /> : n}
    </ThemeIcon>
  );
}
