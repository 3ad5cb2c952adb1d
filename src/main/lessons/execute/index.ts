/** Executes any action spec against the engine. */
import type { ActionSpec } from '@shared/actions';
import { executeContainers } from './containers';
import type { ActionContext, ActionOutcome } from './context';
import { executeHttp } from './http';
import { executeNetwork } from './network';
import { executeRun } from './run';

export function executeAction(ctx: ActionContext, spec: ActionSpec): Promise<ActionOutcome> {
  switch (spec.kind) {
    case 'run':
      return executeRun(ctx, spec);
    case 'http':
      return executeHttp(ctx, spec);
    case 'ps':
    case 'logs':
    case 'rm':
      return executeContainers(ctx, spec);
    default:
      return executeNetwork(ctx, spec);
  }
}

export type { ActionContext, ActionOutcome } from './context';
