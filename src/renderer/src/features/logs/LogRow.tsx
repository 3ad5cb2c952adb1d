import { Badge, Highlight } from '@mantine/core';
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

// Plain elements with fixed styles: a flood mounts dozens of rows ten times a second.
const rowStyle = {
  padding: '0 var(--mantine-spacing-xs)',
  fontFamily: 'var(--mantine-font-family-monospace)',
  fontSize: 'var(--mantine-font-size-xs)',
  whiteSpace: 'pre-wrap',
  overflowWrap: 'anywhere',
} as const;
const stderrBorder = { ...rowStyle, borderLeft: '3px solid var(--mantine-color-error)' };
const stdoutBorder = { ...rowStyle, borderLeft: '3px solid transparent' };
const dimmed = { color: 'var(--mantine-color-dimmed)' };
const timeStyle = { ...dimmed, marginRight: 'var(--mantine-spacing-xs)' };

export const LogRow = memo(function LogRow({ line, query, timestamps }: Props) {
  const { t } = useTranslation('logs');
  const stderr = line.stream === 'stderr';
  return (
    <div data-stream={line.stream} data-seq={line.seq} style={stderr ? stderrBorder : stdoutBorder}>
      {timestamps && (
        <span style={timeStyle} title={line.time}>
          {formatTime(line.time)}
        </span>
      )}
      <span
        style={{ fontWeight: 600, color: containerColor(line.container) }}
        title={line.node ? t('onNode', { node: line.node }) : undefined}
      >
        {line.container}
      </span>
      <span style={dimmed}>{' | '}</span>
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
    </div>
  );
});
