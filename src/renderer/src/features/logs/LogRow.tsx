import { Highlight } from '@mantine/core';
import { memo } from 'react';
import { colorIndex, type LogEntry } from './log-buffer';
import { formatTime } from './log-format';
import classes from './logs.module.css';

// Red is left out: it marks stderr. The order gives the lessons' own names (redis, web, redis-server,
// redis-cli) four clearly different colours.
const palette = ['indigo', 'lime', 'cyan', 'blue', 'orange', 'grape', 'teal', 'pink'];

export function containerColor(name: string): string {
  return `var(--mantine-color-${palette[colorIndex(name, palette.length)]}-text)`;
}

/** The texts rows show, looked up once per language rather than once per row. */
export interface RowLabels {
  stderr: string;
  stderrHint: string;
  onNode(node: string): string;
}

interface Props {
  line: LogEntry;
  query: string;
  timestamps: boolean;
  labels: RowLabels;
}

// Plain elements, classes and no hooks: while following a flood the same rows show new lines ten times a second.
export const LogRow = memo(function LogRow({ line, query, timestamps, labels }: Props) {
  const stderr = line.stream === 'stderr';
  const needle = query.trim();
  return (
    <div data-stream={line.stream} data-seq={line.seq} className={classes.row}>
      {timestamps && (
        <span className={classes.time} title={line.time}>
          {formatTime(line.time)}
        </span>
      )}
      <span
        className={classes.name}
        style={{ color: containerColor(line.container) }}
        title={line.node ? labels.onNode(line.node) : undefined}
      >
        {line.container}
      </span>
      <span className={classes.dimmed}>{' | '}</span>
      {stderr && (
        <span className={classes.stderr} title={labels.stderrHint}>
          {labels.stderr}
        </span>
      )}
      {needle ? (
        <Highlight span inherit highlight={needle}>
          {line.text}
        </Highlight>
      ) : (
        line.text
      )}
    </div>
  );
});

/**
 * A row's fonts, laid out hidden while the panel is idle. Chromium asks its browser process for a font
 * face the first time some text needs it, and waits for the answer: left to the first rows of a flood,
 * that wait took up to 47 ms on a busy 2-core machine.
 */
export function RowFontsPrimer() {
  return (
    <div className={`${classes.row} ${classes.primer}`} aria-hidden="true">
      <span className={classes.name}>0</span>0<span className={classes.stderr}>0</span>
    </div>
  );
}
