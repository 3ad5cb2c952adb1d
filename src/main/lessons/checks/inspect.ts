/** The generic check of an engine object: one field of its inspect JSON (docker inspect's). */

import { say } from '@shared/messages';
import type { Engine } from '../../engine';
import { checkDetails } from './details';
import type { CheckImpls } from './types';
import type { CheckOf } from './vocabulary';

type Inspected = CheckOf<'inspect'>['object'];

async function rawOf(engine: Engine, object: Inspected, name: string): Promise<unknown> {
  const found =
    object === 'container'
      ? await engine.findContainer(name)
      : object === 'network'
        ? await engine.findNetwork(name)
        : await engine.findService(name);
  return found?.raw;
}

/** The value at a dot path (`Spec.EndpointSpec.Mode`, `Containers.0.Name` for arrays). */
export function valueAt(json: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (value, key) =>
        typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined,
      json,
    );
}

function shown(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? 'nothing');
}

export const inspectChecks: Pick<CheckImpls, 'inspect'> = {
  inspect: {
    async verify({ engineOn }, check) {
      const raw = await rawOf(await engineOn(check.node), check.object, check.name);
      const named = { kind: check.object, name: check.name };
      if (raw === undefined) return { ok: false, detail: say(checkDetails.noObject, named) };
      const value = valueAt(raw, check.path);
      const equal = check.equals === undefined || value === check.equals;
      const matching = check.matches === undefined || new RegExp(check.matches).test(shown(value));
      return {
        ok: value !== undefined && equal && matching,
        detail: say(checkDetails.inspected, { ...named, path: check.path, value: shown(value) }),
      };
    },
  },
};
