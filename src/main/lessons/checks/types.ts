/** The shape every check kind implements. */
import type { CheckKind, CheckSpec, Text } from '@shared/lesson';
import type { Engine } from '../../engine/engine';
import type { ActionOutcome } from '../execute/context';

export interface Verdict {
  ok: boolean;
  detail: string;
  note?: Text;
}

export interface CheckContext {
  engine: Engine;
  outcome: ActionOutcome;
}

export interface CheckImpl<K extends CheckKind> {
  /** Reads the engine before the action runs, when the check compares before and after. */
  before?: (engine: Engine, check: Extract<CheckSpec, { kind: K }>) => Promise<unknown>;
  verify: (ctx: CheckContext, check: Extract<CheckSpec, { kind: K }>, before: unknown) => Promise<Verdict>;
}

export type CheckImpls = { [K in CheckKind]: CheckImpl<K> };
