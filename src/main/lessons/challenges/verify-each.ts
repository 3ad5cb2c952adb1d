/**
 * A challenge's checks, each on its own: the learner may not have made what a check reads yet, so a
 * check whose container or network is missing (or is not the app's) fails with why, and the others are
 * still verified. A check never runs a command in, or joins, an object the app did not create.
 */
import type { CheckResult } from '@shared/results';
import type { Engine } from '../../engine';
import { toAppError } from '../../engine';
import { verifyAll } from '../checks';
import type { CheckContext, CheckedOutcome } from '../checks/types';
import type { LessonCheck } from '../checks/vocabulary';
import { ensureUsable, usesOfChecks } from '../safety/uses';

const refusals = new Set(['NOT_FOUND', 'NOT_OURS']);

export async function verifyEach(
  engine: Engine,
  ctx: Omit<CheckContext, 'outcome'>,
  outcome: CheckedOutcome,
  checks: LessonCheck[],
): Promise<CheckResult[]> {
  // All at once (each only reads); reported in the lesson's order.
  const results = await Promise.all(checks.map((check) => verifyAlone(engine, ctx, outcome, check)));
  return results.flat();
}

async function verifyAlone(
  engine: Engine,
  ctx: Omit<CheckContext, 'outcome'>,
  outcome: CheckedOutcome,
  check: LessonCheck,
): Promise<CheckResult[]> {
  try {
    await ensureUsable(engine, usesOfChecks([check]));
  } catch (error) {
    const refusal = toAppError(error);
    // Anything but the ownership policy's refusal (the engine went away…) is the whole check's error.
    if (!refusals.has(refusal.code)) throw error;
    const detail = refusal.messageText;
    return [{ id: check.id, ok: false, detail: detail.en, detailText: detail, explain: check.explain }];
  }
  return verifyAll(ctx, outcome, [check], new Map());
}
