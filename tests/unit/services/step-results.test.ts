// Each step's last result, kept in the data folder: read back by a new instance (a restart), bounded
// in size, forgotten per lesson on reset; a step run by StepService is recorded when it ends.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StepResult } from '@shared/results';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KEPT_OUTPUT_CHARS, StepResults, tailOf } from '../../../src/main/services/step-results';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ct-step-results-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function result(lesson: string, step: string, text = 'ok\n'): StepResult {
  return {
    lesson,
    step,
    ok: true,
    endedAt: 1_700_000_000_000,
    actions: [
      {
        lesson,
        step,
        action: 0,
        command: 'docker run -d --name redis-server redis',
        exitCode: 0,
        output: [{ stream: 'stdout', text }],
        warnings: [],
        notes: [],
        checks: [{ id: 'redis-running', ok: true, detail: 'running', explain: { en: 'e', id: 'i' } }],
        apiCalls: [],
        durationMs: 5,
      },
    ],
  };
}

describe('tailOf', () => {
  it('keeps a short output as it is', () => {
    const output = [
      { stream: 'stdout' as const, text: 'a\n' },
      { stream: 'stderr' as const, text: 'b\n' },
    ];
    expect(tailOf(output)).toEqual(output);
  });

  it('keeps the end of a long output, its streams apart, and marks the cut', () => {
    const output = [
      { stream: 'stdout' as const, text: 'x'.repeat(30) },
      { stream: 'stderr' as const, text: 'y'.repeat(5) },
    ];
    expect(tailOf(output, 10)).toEqual([
      { stream: 'stdout', text: '…\n' },
      { stream: 'stdout', text: 'x'.repeat(5) },
      { stream: 'stderr', text: 'y'.repeat(5) },
    ]);
  });
});

describe('StepResults', () => {
  it('reads back what was recorded, in a new instance', () => {
    new StepResults(dir).record(result('links', 'start-redis'));
    const again = new StepResults(dir);
    expect(again.of('links')['start-redis']).toEqual(result('links', 'start-redis'));
    expect(again.of('networks')).toEqual({});
  });

  it('keeps the latest result of a step and bounds its output', () => {
    const kept = new StepResults(dir);
    kept.record(result('links', 'start-redis', 'first'));
    kept.record(result('links', 'start-redis', 'z'.repeat(KEPT_OUTPUT_CHARS * 3)));
    const output = new StepResults(dir).of('links')['start-redis']?.actions[0]?.output ?? [];
    const chars = output.reduce((sum, chunk) => sum + chunk.text.length, 0);
    expect(chars).toBeLessThanOrEqual(KEPT_OUTPUT_CHARS + 2);
    expect(output[0]?.text).toBe('…\n');
    expect(readFileSync(join(dir, 'step-results.json'), 'utf8').length).toBeLessThan(KEPT_OUTPUT_CHARS * 2);
  });

  it("forgets one lesson's results and keeps the others'", () => {
    const kept = new StepResults(dir);
    kept.record(result('links', 'start-redis'));
    kept.record(result('networks', 'create-network'));
    kept.forget('links');
    const again = new StepResults(dir);
    expect(again.of('links')).toEqual({});
    expect(Object.keys(again.of('networks'))).toEqual(['create-network']);
  });

  it('starts empty from a damaged file', () => {
    writeFileSync(join(dir, 'step-results.json'), '{"links": {"start-redis": 42}}');
    expect(new StepResults(dir).of('links')).toEqual({});
  });
});
