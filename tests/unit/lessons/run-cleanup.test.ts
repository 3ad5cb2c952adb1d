// A `docker run` cut off midway reports the error that stopped it; a clean-up that failed too (the engine
// went away) comes second, never in its place.

import { verbatim } from '@shared/messages';
import { describe, expect, it } from 'vitest';
import { executeRun } from '../../../src/main/lessons/commands/run/execute';
import { runSpecSchema } from '../../../src/main/lessons/commands/run/schema';
import { AppError } from '../../../src/shared/errors';
import { fakeActionContext } from './action-context';

const context = fakeActionContext;

describe('a docker run whose engine went away', () => {
  it('reports why the start failed first, and the failed clean-up second', async () => {
    const gone = (doing: string) =>
      new AppError('ENGINE_UNAVAILABLE', verbatim(`${doing}: the engine stopped answering (EPIPE)`));
    const ctx = context({
      findContainer: async () => undefined,
      listContainers: async () => [],
      createContainer: async () => ({ id: 'c0ffee'.repeat(10), warnings: [] }),
      startContainer: () => Promise.reject(gone('starting the container')),
      removeContainer: () => Promise.reject(gone('removing the container')),
    });
    const spec = runSpecSchema.parse({ kind: 'run', image: 'redis', name: 'db', detach: true });
    const error = (await executeRun(ctx, spec).catch((e: unknown) => e)) as AppError;
    expect(error.code).toBe('ENGINE_UNAVAILABLE');
    expect(error.message.startsWith('starting the container: the engine stopped answering')).toBe(true);
    expect(error.message).toContain(
      'Removing the container it created (c0ffeec0ffee) failed too: removing the container',
    );
  });

  it('says nothing of a clean-up when the container was already gone', async () => {
    const ctx = context({
      findContainer: async () => undefined,
      listContainers: async () => [],
      createContainer: async () => ({ id: 'c0ffee'.repeat(10), warnings: [] }),
      runAttached: () => Promise.reject(new AppError('ENGINE_ERROR', verbatim('attaching failed'))),
      removeContainer: () => Promise.reject(new AppError('NOT_FOUND', verbatim('no such container'))),
    });
    const spec = runSpecSchema.parse({ kind: 'run', image: 'alpine', rm: true, command: ['true'] });
    await expect(executeRun(ctx, spec)).rejects.toThrow(/^attaching failed$/);
  });
});
