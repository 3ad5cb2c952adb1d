// When a build is cut off midway, the learner reads what happened: the engine went away, the build was
// interrupted, or the build really failed (tests/engine/interrupted-build.test.ts cuts a real one).

import { verbatim } from '@shared/messages';
import { describe, expect, it } from 'vitest';
import { toAppError } from '../../../src/main/engine';
import { explainBuildFailure } from '../../../src/main/lessons/execute/images';
import { AppError } from '../../../src/shared/errors';
import { fakeActionContext } from './action-context';

const context = fakeActionContext;

const engineAnswers = (answers: boolean) => ({
  ping: () => (answers ? Promise.resolve() : Promise.reject(new Error('connect ENOENT'))),
});

/** What the engine layer throws when the build stream breaks off: the transport's error, as an app error. */
function cutOff(): AppError {
  return toAppError(Object.assign(new Error('aborted'), { code: 'ECONNRESET' }), verbatim('building image app:latest'));
}

describe('a build that did not finish', () => {
  it('says the engine went away when it no longer answers', async () => {
    const error = await explainBuildFailure(context(engineAnswers(false)), 'app:latest', cutOff());
    expect(error.code).toBe('ENGINE_UNAVAILABLE');
    expect(error.message).toMatch(/engine stopped answering while it built app:latest/);
    expect(`${error.message} ${error.fix}`).not.toMatch(/base image/);
  });

  it('says the build was interrupted when the engine answers again', async () => {
    const error = await explainBuildFailure(context(engineAnswers(true)), 'app:latest', cutOff());
    expect(error).toMatchObject({ code: 'BUILD_FAILED', message: expect.stringMatching(/was interrupted/) });
    expect(error.fix).not.toMatch(/base image/);
  });

  it("keeps the engine's reason for a real build error, and names the base image only when it is missing", async () => {
    const ping = () => Promise.reject(new Error('must not be asked'));
    const failed = (reason: string) =>
      explainBuildFailure(
        context({ ping }),
        'app:latest',
        new AppError('BUILD_FAILED', verbatim(reason), { cause: new Error(reason) }),
      );
    const step = await failed("The command '/bin/sh -c npm ci' returned a non-zero code: 1");
    expect(step).toMatchObject({ code: 'BUILD_FAILED', message: expect.stringContaining('npm ci') });
    expect(step.fix).toMatch(/build output/);
    expect(step.fix).not.toMatch(/base image/);
    expect((await failed('pull access denied for node, repository does not exist')).fix).toMatch(/base image/);
  });
});
