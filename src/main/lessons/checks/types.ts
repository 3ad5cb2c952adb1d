/** The shape every check kind implements. */
import type { Text } from '@shared/lesson';
import type { OutputChunk } from '@shared/results';
import type { Engine } from '../../engine';
import type { ActionOutcome } from '../execute/context';
import type { CheckKind, CheckSpec } from './vocabulary';

export interface Verdict {
  ok: boolean;
  detail: string;
  note?: Text;
}

/** The action's outcome together with everything it printed. */
export type CheckedOutcome = ActionOutcome & { output: OutputChunk[] };

export interface CheckContext {
  engine: Engine;
  outcome: CheckedOutcome;
}

export interface CheckImpl<K extends CheckKind> {
  /** Reads the engine before the action runs, when the check compares before and after. */
  before?: (engine: Engine, check: Extract<CheckSpec, { kind: K }>) => Promise<unknown>;
  verify: (ctx: CheckContext, check: Extract<CheckSpec, { kind: K }>, before: unknown) => Promise<Verdict>;
}

export type CheckImpls = { [K in CheckKind]: CheckImpl<K> };
