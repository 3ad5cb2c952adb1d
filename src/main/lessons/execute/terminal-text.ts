/**
 * What a terminal would show after a TTY session: carriage returns, cursor moves and line erases
 * applied, colours and other control sequences dropped. Line editors such as redis-cli's redraw the
 * whole line on every keystroke; the screen ends up with just the final line.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: escape sequences start with ESC
const CSI = /^\x1b\[([0-9;?]*)([ -/]*)([@-~])/;

export function screenText(raw: string): string {
  const lines: string[] = [''];
  let row = 0;
  let col = 0;
  const put = (ch: string) => {
    const line = (lines[row] ?? '').padEnd(col);
    lines[row] = line.slice(0, col) + ch + line.slice(col + 1);
    col++;
  };
  for (let i = 0; i < raw.length; i++) {
    const ch = raw.charAt(i);
    if (ch === '\x1b') {
      const match = CSI.exec(raw.slice(i));
      if (!match) {
        i += 1; // a two-character escape such as ESC = or ESC >
        continue;
      }
      const n = Number.parseInt(match[1] ?? '', 10);
      if (match[3] === 'G') col = Math.max(0, (Number.isNaN(n) ? 1 : n) - 1);
      else if (match[3] === 'C') col += Number.isNaN(n) ? 1 : n;
      else if (match[3] === 'D') col = Math.max(0, col - (Number.isNaN(n) ? 1 : n));
      else if (match[3] === 'K' && (Number.isNaN(n) || n === 0)) lines[row] = (lines[row] ?? '').slice(0, col);
      i += match[0].length - 1;
    } else if (ch === '\r') col = 0;
    else if (ch === '\n') {
      row++;
      col = 0;
      lines[row] ??= '';
    } else if (ch === '\b') col = Math.max(0, col - 1);
    else if (ch >= ' ' || ch === '\t') put(ch);
  }
  return lines.map((line) => line.trimEnd()).join('\n');
}
