/** How log lines read on screen and in what is copied or saved. */
import type { LogLine } from '@shared/contract';

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** The engine's RFC 3339 stamp as local wall-clock time with milliseconds (the stamp itself if unreadable). */
export function formatTime(time: string): string {
  const date = new Date(time);
  if (Number.isNaN(date.getTime())) return time;
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}.${pad(date.getMilliseconds(), 3)}`;
}

/** One line of a copied or saved log, like `docker compose logs` (with `-t`: the engine's full stamp). */
export function formatLine(line: LogLine, timestamps: boolean): string {
  return `${timestamps ? `${line.time} ` : ''}${line.container} | ${line.text}`;
}

export function formatLines(lines: readonly LogLine[], timestamps: boolean): string {
  return lines.map((line) => `${formatLine(line, timestamps)}\n`).join('');
}

/** A file name for a saved log: container-talk-2024-05-01T10-11-12.log (local time). */
export function logFileName(now: Date): string {
  const date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `container-talk-${date}T${pad(now.getHours())}-${pad(now.getMinutes())}-${pad(now.getSeconds())}.log`;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: escape sequences are what it removes
const escapes = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it removes
const controls = /[\x00-\x08\x0b-\x1f\x7f]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: a line without control characters is already plain
const plain = /[\x00-\x1f\x7f]/;

/**
 * A line as readable text: without terminal escape sequences (colours, cursor moves, titles) and
 * control characters, and, as a terminal would show it, only what follows the last carriage return.
 */
export function plainText(text: string): string {
  if (!plain.test(text)) return text;
  const line = text.endsWith('\r') ? text.slice(0, -1) : text;
  return line
    .slice(line.lastIndexOf('\r') + 1)
    .replace(escapes, '')
    .replace(controls, '');
}
