/** The contract fuzz's figures and their table in docs/reliability.md. */
import type { FigureTable } from './figures';

export interface FuzzFigures extends Record<string, number | boolean> {
  messagesSent: number;
  refused: number;
  missedRefusals: number;
  unanswered: number;
  engineCallsFromRefused: number;
  escapedRequests: number;
  strayErrors: number;
  serverAlive: boolean;
}

export const fuzzTable: FigureTable<FuzzFigures> = {
  name: 'fuzz-figures',
  title: 'contract fuzz',
  writer: 'tests/faults/contract-fuzz.test.ts',
  rows: [
    {
      key: 'messagesSent',
      label: 'messages sent (every operation and stream, broken frames, oversized frames)',
      better: 'higher',
    },
    {
      key: 'refused',
      label: 'refused with a contract error (BAD_INPUT, BAD_MESSAGE, UNKNOWN_OPERATION, close 1009)',
      better: 'higher',
    },
    { key: 'missedRefusals', label: 'messages that had to be refused and were not', better: 'lower' },
    { key: 'unanswered', label: 'requests and broken frames never answered', better: 'lower' },
    { key: 'engineCallsFromRefused', label: 'Engine API requests caused by refused messages', better: 'lower' },
    {
      key: 'escapedRequests',
      label: "Engine API requests with a dot segment, or that left the engine's socket",
      better: 'lower',
    },
    { key: 'strayErrors', label: 'stray errors reported by the process guard', better: 'lower' },
    { key: 'serverAlive', label: 'browser mode still alive and answering at the end', better: 'higher' },
  ],
};

/** Figures of a run with nothing wrong: only such a run may write the table. */
export function clean(figures: FuzzFigures): boolean {
  const { missedRefusals, unanswered, engineCallsFromRefused, escapedRequests, strayErrors } = figures;
  return (
    figures.serverAlive && missedRefusals + unanswered + engineCallsFromRefused + escapedRequests + strayErrors === 0
  );
}
