/** Executes any action spec against the engine, through the module that owns its kind. */
import type { ActionContext, ActionOutcome } from '../execute/context';
import { type ActionSpec, commandFor } from './table';

export function executeAction(ctx: ActionContext, spec: ActionSpec): Promise<ActionOutcome> {
  return commandFor(spec.kind).execute(ctx, spec);
}
