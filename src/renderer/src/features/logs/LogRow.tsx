import { Badge, Box, Highlight, Text } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { colorIndex, type LogEntry } from './log-buffer';
import { formatTime } from './log-format';

// Red is left out: it marks stderr. The order gives the lessons' own names (redis, web, redis-server,
// redis-cli) four clearly different colours.
const palette = ['indigo', 'lime', 'cyan', 'blue', 'orange', 'grape', 'teal', 'pink'];

export function containerColor(name: string): string {
  return `var(--mantine-color-${palette[colorIndex(name, palette.length)]}-text)`;
}

interface Props {
  line: LogEntry;
  query: string;
  timestamps: boolean;
}

export const LogRow = memo(function LogRow({ line, query, timestamps }: Props) {
  const { t } = useTranslation('logs');
  const stderr = line.stream === 'stderr';
  return (
    <Box
      data-stream={line.stream}
      data-seq={line.seq}
      px="xs"
      ff="monospace"
      fz="xs"
      style={{
        whiteSpace: 'pre-wrap',
        overflowWrap: 'anywhere',
        borderLeft: `3px solid ${stderr ? 'var(--mantine-color-error)' : 'transparent'}`,
      }}
    >
      {timestamps && (
        <Text span inherit c="dimmed" title={line.time} mr="xs">
          {formatTime(line.time)}
        </Text>
      )}
      <Text
        span
        inherit
        fw={600}
        style={{ color: containerColor(line.container) }}
        title={line.node ? t('onNode', { node: line.node }) : undefined}
      >
        {line.container}
      </Text>
      <Text span inherit c="dimmed">
        {' | '}
      </Text>
      {stderr && (
        <Badge size="xs" color="red" variant="light" mr={4} title={t('stderrHint')}>
          {t('stderr')}
        </Badge>
      )}
      {query.trim() ? (
        <Highlight span inherit highlight={query.trim()}>
          {line.text}
        </Highlight>
      ) : (
        line.text
      )}
    </Box>
  );
});
