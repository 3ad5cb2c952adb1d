// A failed check says what to try next, in both languages, naming the objects it reads; a passed one has no hint.
import { describe, expect, it } from 'vitest';
import { hintFor } from '../../../src/main/lessons/checks/hints';
import { verifyAll } from '../../../src/main/lessons/checks/index';
import { type CheckSpec, checkSpecSchema } from '../../../src/main/lessons/checks/vocabulary';
import { lessons } from './lessons';

const everyCheck = lessons.flatMap((lesson) =>
  lesson.steps.flatMap((step) => step.actions.flatMap((action) => action.checks)),
);

describe('check hints', () => {
  it('exist in English and Indonesian for every check of every lesson, and differ', () => {
    expect(everyCheck.length).toBeGreaterThan(20);
    for (const check of everyCheck) {
      const hint = hintFor(check);
      expect(hint.en.length, check.id).toBeGreaterThan(20);
      expect(hint.id.length, check.id).toBeGreaterThan(20);
      expect(hint.en).not.toBe(hint.id);
    }
  });

  it('cover every kind of the vocabulary, those no lesson uses too', () => {
    const unused: CheckSpec[] = [{ kind: 'exec', container: 'redis', command: ['redis-cli', 'ping'], exitCode: 0 }];
    const examples = [...everyCheck, ...unused];
    for (const option of checkSpecSchema.options) {
      const kind = option.shape.kind.value;
      const example = examples.find((check) => check.kind === kind);
      expect(example, `an example of ${kind}`).toBeDefined();
      if (example) expect(hintFor(example).en).toBeTruthy();
    }
  });

  it('name what the check reads', () => {
    expect(hintFor({ kind: 'container-running', container: 'redis-server' }).en).toContain('redis-server');
    expect(hintFor({ kind: 'container-running', container: 'redis', node: 'node1' }).id).toContain('di node1');
    const attached = hintFor({ kind: 'attached', container: 'redis', network: 'frontend-network' });
    expect(attached.en).toContain('redis');
    expect(attached.en).toContain('frontend-network');
    const notFound = hintFor({ kind: 'resolves', name: 'db', from: { network: 'a' }, expect: 'not-resolves' });
    expect(notFound.en).toMatch(/should not be found/);
  });

  it('are added by verifyAll to failed checks only', async () => {
    const outcome = { exitCode: 1, output: [] } as never;
    const ctx = {} as never;
    const list = [
      { id: 'failed', explain: { en: 'e', id: 'i' }, kind: 'exit-code', code: 0 },
      { id: 'passed', explain: { en: 'e', id: 'i' }, kind: 'exit-code', code: 1 },
    ] as const;
    const results = await verifyAll(ctx, outcome, [...list], new Map());
    expect(results.find((r) => r.id === 'failed')).toMatchObject({ ok: false, hint: hintFor(list[0]) });
    expect(results.find((r) => r.id === 'passed')?.ok).toBe(true);
    expect(results.find((r) => r.id === 'passed')).not.toHaveProperty('hint');
  });
});
