import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { createHandlers } from '../../../src/main/api/handlers';
import { openConnection } from '../../../src/main/api/router';
import { createStreams } from '../../../src/main/api/streams';
import { operations, type ServerMessage, streams } from '../../../src/shared/contract';
import { offlineServicesForThisFile } from './offline-services';

/** A console session id as the app makes them (a UUID), of no session. */
const unknownSession = '00000000-0000-4000-8000-000000000000';

/** A valid input for each operation, and valid parameters for each stream. */
const validOps: Record<string, Record<string, unknown>> = {
  'engine.status': {},
  'engine.retry': {},
  'lessons.list': {},
  'progress.get': {},
  'progress.set': { lesson: 'links', completed: ['start-redis'] },
  'step.run': { lesson: 'links', step: 'start-redis' },
  'step.cancel': { lesson: 'links', step: 'start-redis' },
  'lesson.resetPlan': { lesson: 'links' },
  'lesson.reset': { lesson: 'links' },
  'lesson.state': { lesson: 'links' },
  'lesson.freePort': { lesson: 'networks', port: 3000 },
  'network.connect': { lesson: 'networks', network: 'backend-network', container: 'redis' },
  'network.disconnect': { lesson: 'networks', network: 'backend-network', container: 'redis' },
  'console.open': { lesson: 'links', cols: 80, rows: 24 },
  'console.input': { sessionId: unknownSession, data: 'PING\r' },
  'console.resize': { sessionId: unknownSession, cols: 80, rows: 24 },
  'console.close': { sessionId: unknownSession },
  'explore.run': { lesson: 'networks', line: 'docker network ls', cols: 80, rows: 24 },
  'explore.complete': { lesson: 'networks', line: 'docker network c' },
  'challenge.check': { lesson: 'networks', step: 'challenge' },
  'step.results': { lesson: 'networks' },
  'logs.history': { before: 10, from: 0, query: 'ready', limit: 100 },
  'settings.get': {},
  'settings.set': { language: 'id' },
};
const validStreams: Record<string, Record<string, unknown>> = {
  engine: {},
  step: {},
  logs: { tail: 10 },
  networks: {},
  console: { sessionId: unknownSession },
};

/** Arrays whose length the schema does not bound, each reviewed: a new one fails the walk below. */
const unboundedArrays: Record<string, true> = {};

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: unknown) => (schema as { _zod: { def: Def } })._zod.def;

/** Every field a schema accepts, with what is wrong about it: not strict, unbounded, or free-form. */
function problems(schema: z.ZodType, path: string): string[] {
  const def = defOf(schema);
  const s = schema as unknown as { maxLength?: number | null; minValue?: number | null; maxValue?: number | null };
  switch (def.type) {
    case 'object': {
      const strict = def.catchall !== undefined && defOf(def.catchall).type === 'never';
      const fields = Object.entries(def.shape as Record<string, z.ZodType>);
      return [
        ...(strict ? [] : [`${path}: not .strict()`]),
        ...fields.flatMap(([k, v]) => problems(v, `${path}.${k}`)),
      ];
    }
    case 'optional':
    case 'default':
      return problems(def.innerType as z.ZodType, path);
    case 'string':
      return s.maxLength && s.maxLength <= 65_536 ? [] : [`${path}: string without a bound`];
    case 'number':
      return Number.isFinite(s.minValue) && Number.isFinite(s.maxValue) ? [] : [`${path}: number without bounds`];
    case 'enum':
    case 'literal':
    case 'boolean':
      return [];
    case 'array': {
      const checks = (def.checks ?? []) as Array<{ _zod: { def: { check: string } } }>;
      const bounded = checks.some((check) => check._zod.def.check === 'max_length');
      const length = bounded || Object.hasOwn(unboundedArrays, path) ? [] : [`${path}: array without a length bound`];
      return [...length, ...problems(def.element as z.ZodType, `${path}[]`)];
    }
    default:
      return [`${path}: free-form (${def.type})`];
  }
}

const services = offlineServicesForThisFile();

/** The first reply to one message on a fresh connection, or undefined when none comes (a quiet stream). */
function firstReply(raw: unknown): Promise<ServerMessage | undefined> {
  return new Promise((resolve) => {
    const done = (message?: ServerMessage) => {
      clearTimeout(timer);
      connection.close();
      resolve(message);
    };
    const connection = openConnection(services(), done);
    const timer = setTimeout(done, 500);
    connection.receive(raw);
  });
}
const errorCode = (reply?: ServerMessage) => (reply && 'error' in reply ? reply.error?.code : undefined);

describe('the contract surface', () => {
  it('is exactly these operations and streams, each with its handler and nothing more', () => {
    const names = [
      'engine.status',
      'engine.retry',
      'lessons.list',
      'progress.get',
      'progress.set',
      'step.run',
      'step.cancel',
      'lesson.resetPlan',
      'lesson.reset',
      'lesson.state',
      'lesson.freePort',
      'network.connect',
      'network.disconnect',
      'console.open',
      'console.input',
      'console.resize',
      'console.close',
      'explore.run',
      'explore.complete',
      'challenge.check',
      'step.results',
      'logs.history',
      'settings.get',
      'settings.set',
    ];
    expect(Object.keys(operations)).toEqual(names);
    expect(Object.keys(createHandlers(services())).sort()).toEqual([...names].sort());
    expect(Object.keys(validOps)).toEqual(names);
    expect(Object.keys(streams)).toEqual(['engine', 'step', 'logs', 'networks', 'console']);
    expect(Object.keys(createStreams(services()))).toEqual(Object.keys(streams));
    expect(Object.keys(validStreams)).toEqual(Object.keys(streams));
  });

  it('takes only strict objects of bounded fields', () => {
    const all = { ...operations, ...streams };
    expect(Object.entries(all).flatMap(([name, { input }]) => problems(input, name))).toEqual([]);
  });

  it.each(Object.keys(validOps))('%s refuses an extra key, and accepts its valid input', async (op) => {
    const input = validOps[op];
    const smuggled = await firstReply({
      t: 'req',
      id: 1,
      op,
      input: { ...input, cmd: 'docker rm -f $(docker ps -aq)' },
    });
    expect(smuggled).toMatchObject({
      t: 'res',
      id: 1,
      error: { code: 'BAD_INPUT', message: expect.stringContaining('cmd') },
    });
    expect(errorCode(await firstReply({ t: 'req', id: 2, op, input }))).not.toBe('BAD_INPUT');
  });

  it.each(Object.keys(validStreams))(
    'the %s stream refuses an extra key, and accepts its valid parameters',
    async (stream) => {
      const params = validStreams[stream];
      const smuggled = await firstReply({
        t: 'sub',
        id: 1,
        stream,
        params: { ...params, cmd: 'GET /containers/json' },
      });
      expect(smuggled).toMatchObject({
        t: 'end',
        id: 1,
        error: { code: 'BAD_INPUT', message: expect.stringContaining('cmd') },
      });
      expect(errorCode(await firstReply({ t: 'sub', id: 2, stream, params }))).not.toBe('BAD_INPUT');
    },
  );

  it('refuses an object name longer than 128 characters', async () => {
    const input = { lesson: 'networks', network: 'n'.repeat(129), container: 'redis' };
    expect(await firstReply({ t: 'req', id: 3, op: 'network.connect', input })).toMatchObject({
      error: { code: 'BAD_INPUT', message: expect.stringContaining('network') },
    });
  });
});
