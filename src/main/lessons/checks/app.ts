/** Checks of the example web app and the data it leaves in Redis. */

import type { Engine } from '../../engine';
import { textOf } from '../../engine';
import { httpGet } from '../commands/curl';
import { createdByApp } from '../safety/labels';
import type { CheckImpls } from './types';

async function redisCounter(engine: Engine, redis: string): Promise<number> {
  const container = await engine.inspectContainer(redis);
  if (!createdByApp(container.labels))
    throw new Error(`${redis} was not created by this app; the app does not run commands in it`);
  const result = await engine.exec(container.id, ['redis-cli', 'GET', 'requests']);
  return Number.parseInt(result.stdout.trim(), 10) || 0;
}

export const appChecks: Pick<CheckImpls, 'request-counted' | 'redis-keys' | 'app-cannot-reach-redis'> = {
  'request-counted': {
    before: ({ engine }, check) => redisCounter(engine, check.redis),
    async verify({ outcome }, _check, before) {
      const body = textOf(outcome.output, 'stdout');
      const total = /Total requests: (\d+)/.exec(body)?.[1];
      if (outcome.status !== 200 || total === undefined) {
        return { ok: false, detail: `the app answered ${outcome.status ?? 'nothing'}: ${body.trim().slice(0, 200)}` };
      }
      return {
        ok: Number(total) === Number(before) + 1,
        detail: `Redis held requests=${before} before; the app answered "Total requests: ${total}"`,
      };
    },
  },
  'redis-keys': {
    async verify({ outcome }, check) {
      const text = textOf(outcome.output, 'stdout');
      const listed = check.keys.filter((key) => new RegExp(`^\\s*\\d+\\) "${key}"\\s*$`, 'm').test(text));
      const missing = check.keys.filter((key) => !listed.includes(key));
      return {
        ok: missing.length === 0,
        detail:
          missing.length === 0 ? `KEYS * listed ${listed.join(' and ')}` : `KEYS * did not list ${missing.join(', ')}`,
      };
    },
  },
  'app-cannot-reach-redis': {
    async verify({ engine }, check) {
      try {
        const reply = await httpGet(engine.endpoint.publishedHost, check.port, '/');
        const reason = reply.body.trim().slice(0, 200);
        return {
          ok: reply.status === 503 && /cannot reach redis/.test(reply.body),
          detail: `the app answered ${reply.status}: ${reason}`,
        };
      } catch (error) {
        return { ok: false, detail: `the app itself did not answer: ${(error as Error).message}` };
      }
    },
  },
};
