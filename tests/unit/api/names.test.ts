// Issue 8: one contract message crashed the app. network.connect took any 1-128 character name, `..`
// included; the engine layer put it into a URL path, dockerd redirected, and the redirect's request
// killed the process (or reached another port on the machine). Every name and id in the contract now
// follows a grammar, and the router refuses anything else as BAD_INPUT before a handler runs.
import { describe, expect, it } from 'vitest';
import { loadLessons } from '../../../src/main/lessons/catalog';
import {
  dockerNameSchema,
  hexIdSchema,
  lessonIdSchema,
  objectRefSchema,
  sessionIdSchema,
  stepIdSchema,
} from '../../../src/shared/contract/names';
import { exchange as exchangeOnce } from '../../contract-calls';
import { offlineServicesForThisFile } from './offline-services';

const services = offlineServicesForThisFile();

const exchange = (raw: unknown) => exchangeOnce(services(), raw);

/** The messages from the bug report and their relatives. */
const hostile: Array<[string, string]> = [
  ['dot-dot', '..'],
  ['dot', '.'],
  ['a redirect to another port', '../127.0.0.1:18999/steal'],
  ['a slash', 'backend-network/../../containers/json'],
  ['a leading slash', '/redis'],
  ['a backslash', '..\\..\\x'],
  ['percent-encoded dots', '%2e%2e'],
  ['a percent-encoded slash', 'a%2Fb'],
  ['a query', 'redis?all=1'],
  ['a fragment', 'redis#x'],
  ['NUL', 'redis\u0000'],
  ['a newline', 'redis\r\nHost: evil'],
  ['a space', 'redis server'],
  ['unicode', 'rédis'],
  ['a right-to-left override', 'redis\u202e'],
  ['a leading hyphen', '-redis'],
  ['empty', ''],
  ['129 characters', 'n'.repeat(129)],
  ['huge', 'x'.repeat(100_000)],
];

const uuid = '6f1c2a4e-3b5d-4c7e-9f80-1a2b3c4d5e6f';
/** One valid message per field that holds a name or id, with the place the hostile string goes. */
const fields: Array<[string, (bad: string) => unknown]> = [
  [
    'network.connect network',
    (bad) => req('network.connect', { lesson: 'networks', network: bad, container: 'redis' }),
  ],
  ['network.connect container', (bad) => req('network.connect', { lesson: 'networks', network: 'n1', container: bad })],
  [
    'network.disconnect network',
    (bad) => req('network.disconnect', { lesson: 'networks', network: bad, container: 'redis' }),
  ],
  [
    'network.disconnect container',
    (bad) => req('network.disconnect', { lesson: 'networks', network: 'n1', container: bad }),
  ],
  ['step.run lesson', (bad) => req('step.run', { lesson: bad, step: 'start-redis' })],
  ['step.run step', (bad) => req('step.run', { lesson: 'links', step: bad })],
  ['lesson.reset lesson', (bad) => req('lesson.reset', { lesson: bad })],
  ['lesson.freePort lesson', (bad) => req('lesson.freePort', { lesson: bad, port: 3000 })],
  ['progress.set completed', (bad) => req('progress.set', { lesson: 'links', completed: [bad] })],
  ['progress.set current', (bad) => req('progress.set', { lesson: 'links', completed: [], current: bad })],
  ['console.close sessionId', (bad) => req('console.close', { sessionId: bad })],
  ['console.input sessionId', (bad) => req('console.input', { sessionId: bad, data: 'PING\r' })],
  ['console stream sessionId', (bad) => ({ t: 'sub', id: 1, stream: 'console', params: { sessionId: bad } })],
];

function req(op: string, input: unknown) {
  return { t: 'req', id: 1, op, input };
}

describe('names and ids in the contract', () => {
  describe.each(fields)('%s', (_field, message) => {
    it.each(hostile)('refuses %s with BAD_INPUT', async (_name, bad) => {
      const reply = await exchange(message(bad));
      expect(reply).toMatchObject({ id: 1, error: { code: 'BAD_INPUT' } });
      if (bad.length > 3) expect(JSON.stringify(reply)).not.toContain(JSON.stringify(bad).slice(1, -1));
    });
  });

  it('lets valid names through to the handler (here: no engine)', async () => {
    for (const [network, container] of [
      ['backend-network', 'redis'],
      ['a..b', 'redis_1'],
      ['0123456789ab', 'f'.repeat(64)],
    ]) {
      const reply = await exchange(req('network.connect', { lesson: 'networks', network, container }));
      expect(reply).toMatchObject({ error: { code: 'ENGINE_UNAVAILABLE' } });
    }
  });

  it("is Docker's grammar for names, and hex for ids (12 to 64 digits)", () => {
    for (const name of ['redis', 'backend-network', 'My_App.v2', 'a', '1'])
      expect(dockerNameSchema.parse(name)).toBe(name);
    expect(hexIdSchema.safeParse('0123456789a').success).toBe(false);
    expect(hexIdSchema.safeParse('0123456789ab').success).toBe(true);
    expect(hexIdSchema.safeParse('f'.repeat(64)).success).toBe(true);
    expect(hexIdSchema.safeParse('f'.repeat(65)).success).toBe(false);
    expect(hexIdSchema.safeParse('0123456789AB').success).toBe(false);
    expect(objectRefSchema.safeParse('f'.repeat(64)).success).toBe(true);
  });

  it('fits every lesson and step id the lessons use, and the session ids the app makes', () => {
    for (const lesson of loadLessons()) {
      expect(lessonIdSchema.parse(lesson.id)).toBe(lesson.id);
      for (const step of lesson.steps) expect(stepIdSchema.parse(step.id)).toBe(step.id);
    }
    expect(sessionIdSchema.parse(crypto.randomUUID())).toBeTruthy();
    expect(sessionIdSchema.safeParse(uuid.toUpperCase()).success).toBe(false);
    for (const bad of ['Links', 'start_redis', 'start--redis', '-links', 'links-']) {
      expect(lessonIdSchema.safeParse(bad).success).toBe(false);
    }
  });
});
