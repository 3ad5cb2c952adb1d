/** Runs `network.connect` / `network.disconnect` and keeps the outcome to show beside the network. */

import type { ErrorTexts } from '@shared/errors';
import type { ActionResult } from '@shared/results';
import { useCallback, useMemo, useState } from 'react';
import { api, problemOf } from '../../api/client';

export type NetworkActionKind = 'connect' | 'disconnect';

export interface NetworkActionInput {
  lesson: string;
  network: string;
  container: string;
}

/** Why the operation could not run, in every language it can be said in (shown with inLanguage). */
export type Problem = ErrorTexts;

/** The operation's result (which carries the docker command it equals), or why it could not run. */
export type Outcome = { result: ActionResult } | { problem: Problem };

export interface NetworkAction {
  /** `${kind}:${container}` while that operation runs. */
  pending?: string;
  outcome?: Outcome;
  run(kind: NetworkActionKind, input: NetworkActionInput): Promise<void>;
  dismiss(): void;
}

const operation = { connect: 'network.connect', disconnect: 'network.disconnect' } as const;

export function useNetworkAction(): NetworkAction {
  const [pending, setPending] = useState<string>();
  const [outcome, setOutcome] = useState<Outcome>();

  const run = useCallback(async (kind: NetworkActionKind, input: NetworkActionInput) => {
    setPending(`${kind}:${input.container}`);
    try {
      setOutcome({ result: await api.call(operation[kind], input) });
    } catch (error) {
      setOutcome({ problem: problemOf(error) });
    } finally {
      setPending(undefined);
    }
  }, []);

  const dismiss = useCallback(() => setOutcome(undefined), []);
  // The same object until something of it changes: the memoized rows that get it skip a re-render.
  return useMemo(() => ({ pending, outcome, run, dismiss }), [pending, outcome, run, dismiss]);
}

export function succeeded(result: ActionResult): boolean {
  return result.error === undefined && result.exitCode === 0;
}
