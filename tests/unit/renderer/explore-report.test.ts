/** What the Explore terminal prints after a line: the output not yet streamed, notes, errors, the step it completed. */
import type { LessonView } from '@shared/contract';
import type { ActionResult, StepResult } from '@shared/results';
import { describe, expect, it } from 'vitest';
import {
  afterOutput,
  crlf,
  remainingOutput,
  unsupportedLines,
} from '../../../src/renderer/src/features/explore/report';
import { en } from '../../../src/renderer/src/features/explore/strings';

const t = (key: keyof typeof en, values: Record<string, string | number> = {}) =>
  en[key].replace(/{{(\w+)}}/g, (_, name: string) => String(values[name]));
const context = (lesson?: LessonView, openStep?: string) => ({
  t,
  text: (text: { en: string }) => text.en,
  lesson,
  openStep,
});
// biome-ignore lint/suspicious/noControlCharactersInRegex: the colours are not what is asserted
const plain = (lines: string[]) => lines.map((line) => line.replace(/\x1b\[\d+m/g, ''));

const action = (changes: Partial<ActionResult> = {}): ActionResult => ({
  lesson: 'networks',
  step: 'explore',
  action: 0,
  command: 'docker network ls',
  exitCode: 0,
  output: [
    { stream: 'stdout', text: 'NETWORK ID\n' },
    { stream: 'stdout', text: 'abc bridge\n' },
  ],
  warnings: [],
  notes: [],
  checks: [],
  apiCalls: [],
  durationMs: 1,
  ...changes,
});

const lesson = {
  id: 'networks',
  steps: [
    { id: 'create-network', title: { en: 'Create a network', id: 'Buat network' }, actions: [{}, {}] },
    { id: 'network-communication', title: { en: 'Talk on it', id: 'Bicara' }, actions: [{}, {}] },
  ],
} as unknown as LessonView;

describe('Explore report', () => {
  it('prints only the output the stream did not show', () => {
    expect(remainingOutput(action(), '')).toBe('NETWORK ID\nabc bridge\n');
    expect(remainingOutput(action(), 'NETWORK ID\n')).toBe('abc bridge\n');
    expect(remainingOutput(action(), 'NETWORK ID\nabc bridge\n')).toBe('');
    expect(crlf('a\nb\r\nc')).toBe('a\r\nb\r\nc');
  });

  it('says what went wrong and what to do, and a non-zero exit', () => {
    const failed = action({
      exitCode: null,
      error: { code: 'NOT_OURS', message: 'redis is not ours', fix: 'Use the lesson’s' },
    });
    expect(plain(afterOutput({ kind: 'ran', result: failed }, context()))).toEqual([
      'Error: redis is not ours',
      'What to do: Use the lesson’s',
    ]);
    expect(
      plain(afterOutput({ kind: 'ran', result: action({ exitCode: 1, warnings: ['deprecated'] }) }, context())),
    ).toEqual(['WARNING: deprecated', '[exited with code 1]']);
  });

  it("says what went wrong, and what a failed check found, in the terminal's language", () => {
    const indonesian = { ...context(lesson, 'create-network'), text: (text: { id: string }) => text.id };
    const failed = action({
      exitCode: null,
      error: {
        code: 'NOT_OURS',
        message: 'redis is not ours',
        messageText: { en: 'redis is not ours', id: 'redis bukan milik aplikasi' },
        fix: 'Use yours',
        fixText: { en: 'Use yours', id: 'Pakai milik Anda' },
      },
    });
    expect(plain(afterOutput({ kind: 'ran', result: failed }, indonesian))).toEqual([
      'Error: redis bukan milik aplikasi',
      'What to do: Pakai milik Anda',
    ]);
    const check = {
      id: 'c',
      ok: false,
      detail: 'no network named db-network',
      detailText: { en: 'no network named db-network', id: 'tidak ada network bernama db-network' },
      explain: { en: 'The network exists', id: 'Network-nya ada' },
    };
    const challenge: StepResult = {
      lesson: 'networks',
      step: 'create-network',
      ok: false,
      actions: [action({ checks: [check] })],
    };
    expect(plain(afterOutput({ kind: 'ran', result: action(), challenge }, indonesian))).toContain(
      '    tidak ada network bernama db-network',
    );
  });

  it('names the step a line completed, with its checks, and a challenge not solved yet', () => {
    const check = {
      id: 'c',
      ok: true,
      detail: 'backend-network exists',
      explain: { en: 'The *network* `exists`', id: '' },
    };
    const step: StepResult = {
      lesson: 'networks',
      step: 'network-communication',
      ok: true,
      actions: [action({ checks: [check] })],
    };
    const challenge: StepResult = {
      ...step,
      step: 'create-network',
      ok: false,
      actions: [action({ checks: [{ ...check, ok: false }] })],
    };
    expect(plain(afterOutput({ kind: 'ran', result: action(), step, challenge }, context(lesson)))).toHaveLength(2);
    expect(
      plain(afterOutput({ kind: 'ran', result: action(), step, challenge }, context(lesson, 'create-network'))),
    ).toEqual([
      '✓ Step 2 complete: Talk on it',
      '  ✓ The network exists',
      '✗ Not solved yet: Create a network',
      '  ✗ The network exists',
      '    backend-network exists',
    ]);
  });

  it('says how far a step of several commands is when the typed one passed', () => {
    const step: StepResult = { lesson: 'networks', step: 'network-communication', ok: false, actions: [action()] };
    expect(plain(afterOutput({ kind: 'ran', result: action(), step }, context(lesson)))).toEqual([
      '• Step 2 (Talk on it): 1 of 2 commands done; typing the others completes it',
    ]);
    const failed = { ...step, actions: [action({ error: { code: 'ENGINE_ERROR', message: 'no' } })] };
    expect(plain(afterOutput({ kind: 'ran', result: action(), step: failed }, context(lesson)))).toEqual([
      '✗ Step 2 (Talk on it): not every check passed',
    ]);
  });

  it('gives an unsupported command its message, and the list when the message does not name it', () => {
    const message = { en: 'ls is not a docker command the app runs', id: 'ls bukan perintah docker' };
    expect(
      plain(unsupportedLines({ kind: 'unsupported', message, supported: ['docker run', 'docker ps'] }, context())),
    ).toEqual(['ls is not a docker command the app runs', 'Supported: docker run, docker ps']);
  });
});
