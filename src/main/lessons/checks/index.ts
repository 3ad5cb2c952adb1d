/** Runs a lesson action's checks: reads before the action where needed, verifies after it. */

import { textOfError } from '@shared/errors';
import { say } from '@shared/messages';
import type { CheckResult } from '@shared/results';
import type { Engine } from '../../engine';
import { checkDetails } from './details';
import { dnsChecks } from './dns';
import { execChecks } from './exec';
import { hintFor } from './hints';
import { httpChecks } from './http';
import { inspectChecks } from './inspect';
import { linkChecks } from './links';
import { objectChecks } from './objects';
import { outputChecks } from './output';
import { resolveChecks } from './resolve';
import { serviceChecks } from './services';
import { swarmReachChecks } from './swarm-reach';
import type { CheckContext, CheckedOutcome, CheckImpl, CheckImpls } from './types';
import type { LessonCheck } from './vocabulary';

const checks: CheckImpls = {
  ...outputChecks,
  ...objectChecks,
  ...inspectChecks,
  ...linkChecks,
  ...dnsChecks,
  ...resolveChecks,
  ...execChecks,
  ...httpChecks,
  ...serviceChecks,
  ...swarmReachChecks,
};

function implOf(check: LessonCheck): CheckImpl<typeof check.kind> {
  return checks[check.kind] as CheckImpl<typeof check.kind>;
}

/** Checks of an action that ran on `engine`; `engineOf` reaches the lesson's playground nodes, if it has any. */
export function onEngine(
  engine: Engine,
  engineOf?: (node: string) => Promise<Engine>,
  ensureImage: CheckContext['ensureImage'] = async () => undefined,
): Omit<CheckContext, 'outcome'> {
  return {
    engine,
    ensureImage,
    engineOn: async (node) => {
      if (!node) return engine;
      if (!engineOf) throw new Error(`this lesson has no playground node ${node}`);
      return engineOf(node);
    },
  };
}

function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

/** Readings taken before the action, by check id (all at once); a reading that failed is kept as its Error. */
export async function readBefore(
  ctx: Omit<CheckContext, 'outcome'>,
  list: LessonCheck[],
): Promise<Map<string, unknown>> {
  const reads = list.flatMap((check) => {
    const before = implOf(check).before;
    if (!before) return [];
    const reading = before(ctx, check as never).catch((error: unknown) => toError(error));
    return [reading.then((value) => [check.id, value] as const)];
  });
  return new Map(await Promise.all(reads));
}

async function verifyOne(
  ctx: Omit<CheckContext, 'outcome'>,
  outcome: CheckedOutcome,
  check: LessonCheck,
  before: unknown,
): Promise<CheckResult> {
  try {
    const verdict = await implOf(check).verify({ ...ctx, outcome }, check as never, before);
    return {
      id: check.id,
      ok: verdict.ok,
      detail: verdict.detail.en,
      detailText: verdict.detail,
      explain: check.explain,
      ...(verdict.note ? { note: verdict.note } : {}),
    };
  } catch (error) {
    const detail = say(checkDetails.couldNotCheck, { why: textOfError(error) });
    return { id: check.id, ok: false, detail: detail.en, detailText: detail, explain: check.explain };
  }
}

/** Verifies every check at once (each only reads), reporting them in the lesson's order. */
export async function verifyAll(
  ctx: Omit<CheckContext, 'outcome'>,
  outcome: CheckedOutcome,
  list: LessonCheck[],
  before: Map<string, unknown>,
): Promise<CheckResult[]> {
  const results = await Promise.all(list.map((check) => verifyOne(ctx, outcome, check, before.get(check.id))));
  return results.map((result, i) => (result.ok || !list[i] ? result : { ...result, hint: hintFor(list[i]) }));
}
