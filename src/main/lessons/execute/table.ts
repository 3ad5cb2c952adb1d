/** Columns padded like the docker CLI's tables (three spaces between columns). */
export function table(rows: string[][]): string {
  const widths = (rows[0] ?? []).map((_, col) => Math.max(...rows.map((row) => (row[col] ?? '').length)));
  const line = (row: string[]) =>
    row
      .map((cell, col) => cell.padEnd((widths[col] ?? 0) + 3))
      .join('')
      .trimEnd();
  return `${rows.map(line).join('\n')}\n`;
}
