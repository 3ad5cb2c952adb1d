/** The shape every check kind implements. */
import type { Text } from '@shared/lesson';
import type { OutputChunk } from '@shared/results';
import type { Engine } from '../../engine';
import type { ActionOutcome } from '../execute/context';
import type { CheckKind, CheckSpec } from './vocabulary';

export interface Verdict {
  ok: boolean;
  /** What was found, in every language (from the check-detail catalog, details.ts). */
  detail: Text;
  note?: Text;
}

/** The action's outcome together with everything it printed. */
export type CheckedOutcome = ActionOutcome & { output: OutputChunk[] };

/** The engine of a playground node by name, or the engine the action ran on when no node is named. */
export type EngineOn = (node?: string) => Promise<Engine>;

export interface CheckContext {
  /** The engine the action ran on (a playground node's for a command shown as `node1 $ …`). */
  engine: Engine;
  engineOn: EngineOn;
  /** Provides an image a check's own throwaway container needs on `engine` (copied into a node when it is one). */
  ensureImage: (engine: Engine, image: string) => Promise<void>;
  outcome: CheckedOutcome;
}

export interface CheckImpl<K extends CheckKind> {
  /** Reads the engine before the action runs, when the check compares before and after. */
  before?: (ctx: Omit<CheckContext, 'outcome'>, check: Extract<CheckSpec, { kind: K }>) => Promise<unknown>;
  verify: (ctx: CheckContext, check: Extract<CheckSpec, { kind: K }>, before: unknown) => Promise<Verdict>;
}

export type CheckImpls = { [K in CheckKind]: CheckImpl<K> };
