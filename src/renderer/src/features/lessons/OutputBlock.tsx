/** An action's terminal output; stderr is tinted and labelled so it stands apart from stdout. */
import { Box, Group, Text } from '@mantine/core';
import type { OutputChunk } from '@shared/results';
import { useEffect, useRef } from 'react';
import classes from './lessons.module.css';
import { useLessonsStrings } from './useLessonsStrings';

interface Props {
  index: number;
  output: OutputChunk[];
  /** Keeps the newest output in view while the action runs. */
  follow: boolean;
}

export function OutputBlock({ index, output, follow }: Props) {
  const t = useLessonsStrings();
  const ref = useRef<HTMLPreElement>(null);
  const hasStderr = output.some((chunk) => chunk.stream === 'stderr');

  // biome-ignore lint/correctness/useExhaustiveDependencies: scrolls whenever the output grows
  useEffect(() => {
    if (follow && ref.current) ref.current.scrollTop = ref.current.scrollHeight;
  }, [follow, output]);

  return (
    <Box component="section" aria-label={t('output', { n: index + 1 })} data-testid={`action-output-${index}`}>
      {hasStderr && (
        <Group gap={6} mb={4} justify="flex-end">
          <Text size="xs" ff="monospace" className={classes.stderr}>
            {t('stderr')}
          </Text>
        </Group>
      )}
      {output.length === 0 ? (
        <Text size="sm" c="dimmed" fs="italic">
          {t('noOutput')}
        </Text>
      ) : (
        // Chromium lets the keyboard focus and scroll a scrolling <pre> by itself.
        <pre className={classes.output} ref={ref}>
          {output.map((chunk, i) =>
            chunk.stream === 'stderr' ? (
              // biome-ignore lint/suspicious/noArrayIndexKey: chunks only ever get appended
              <span key={i} className={classes.stderr} data-stream="stderr" title={t('stderr')}>
                {chunk.text}
              </span>
            ) : (
              // biome-ignore lint/suspicious/noArrayIndexKey: chunks only ever get appended
              <span key={i} data-stream="stdout">
                {chunk.text}
              </span>
            ),
          )}
        </pre>
      )}
    </Box>
  );
}
