// Every AppError code, and every error the engine layer turns into one, reads in Indonesian.
import { type AppErrorCode, appErrorTitles, inLanguage } from '@shared/errors';
import { verbatim } from '@shared/messages';
import { describe, expect, it } from 'vitest';
import { doing, toAppError } from '../../../src/main/engine';
import {
  EngineAbortError,
  EngineHttpError,
  EngineRefError,
  EngineTimeoutError,
} from '../../../src/main/engine/transport/errors';

describe('every AppError code', () => {
  // appErrorTitles is a Record<AppErrorCode, Text>: the type system holds that every code has one.
  const codes = Object.keys(appErrorTitles) as AppErrorCode[];

  it.each(codes)('%s says what it means in English and in Indonesian', (code) => {
    const { en, id } = appErrorTitles[code];
    expect(en.trim()).not.toBe('');
    expect(id.trim()).not.toBe('');
    expect(id).not.toBe(en);
  });
});

describe('errors of the engine layer', () => {
  const failures: Array<[string, unknown]> = [
    ['a conflict', new EngineHttpError(409, 'Conflict. The container name "/web" is already in use', 'POST /x')],
    ['a missing object', new EngineHttpError(404, 'No such container: web', 'GET /x')],
    ['a port in use', new EngineHttpError(500, 'Bind for 0.0.0.0:3000 failed: port is already allocated', 'POST /x')],
    ['any other refusal', new EngineHttpError(500, 'invalid reference format', 'POST /x')],
    ['a timeout', new EngineTimeoutError('GET /_ping', 5000, true)],
    ['a cut connection', new EngineAbortError('GET /events', 'closed')],
    [
      'a refused socket',
      Object.assign(new Error('connect ECONNREFUSED /var/run/docker.sock'), { code: 'ECONNREFUSED' }),
    ],
    ['a bad name', new EngineRefError('..')],
    ['a plain error', new Error('something odd')],
  ];

  it.each(failures)('%s reads in Indonesian, with and without what the app was doing', (_, failure) => {
    for (const error of [toAppError(failure), toAppError(failure, doing.creatingContainer)]) {
      const { messageText } = error;
      expect(messageText.en).toBe(error.message);
      expect(messageText.id).not.toBe(messageText.en);
      expect(inLanguage(error.toInfo(), 'id').message).toBe(messageText.id);
    }
  });

  it('keeps the English message it always had, for logs and the tests that read it', () => {
    const conflict = new EngineHttpError(409, 'Conflict.', 'POST /x');
    expect(toAppError(conflict, verbatim('creating the container')).message).toBe('creating the container: Conflict.');
    expect(toAppError(conflict, doing.creatingContainer).messageText.id).toBe('Gagal membuat container: Conflict.');
  });
});
