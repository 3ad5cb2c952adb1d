/** A quiet coloured note: a thin bar, a faint tint, an icon. Calmer than an alert in both themes. */
import { Group, Paper, type PaperProps, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import classes from './app.module.css';

interface Props extends PaperProps {
  color: string;
  icon?: ReactNode;
  title?: ReactNode;
  children: ReactNode;
  'data-testid'?: string;
  'data-ok'?: string;
  'data-code'?: string;
}

export function Callout({ color, icon, title, children, ...rest }: Props) {
  return (
    <Paper
      p="sm"
      className={classes.callout}
      style={{ '--callout-color': `var(--mantine-color-${color}-filled)` }}
      {...rest}
    >
      <Group gap="sm" wrap="nowrap" align="flex-start">
        {icon && (
          <Text c={color} lh={0} mt={2} style={{ flex: 'none' }} aria-hidden>
            {icon}
          </Text>
        )}
        <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
          {title && (
            <Text fw={600} size="sm" c={color}>
              {title}
            </Text>
          )}
          {children}
        </Stack>
      </Group>
    </Paper>
  );
}
