// challenge.check without an engine: the engine error every handler that needs the engine gives;
// an unknown lesson is refused before the engine is asked for.
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../src/main/api/handlers';
import { offlineServicesForThisFile } from '../api/offline-services';

const services = offlineServicesForThisFile();
/** What a handler call ended with: its result, or what it threw (at once or later). */
const outcome = (call: () => Promise<unknown>) =>
  Promise.resolve()
    .then(call)
    .catch((error: unknown) => error);

describe('challenge.check', () => {
  it('says the engine does not answer when it is down, as step.run does', async () => {
    const handlers = createHandlers(services());
    const run = await outcome(() => handlers['step.run']({ lesson: 'networks', step: 'create-network' }));
    const check = await outcome(() => handlers['challenge.check']({ lesson: 'networks', step: 'challenge' }));
    expect(check).toMatchObject({ code: 'ENGINE_UNAVAILABLE' });
    expect(run).toMatchObject({ code: 'ENGINE_UNAVAILABLE' });
  });

  it('refuses an unknown lesson', async () => {
    const handlers = createHandlers(services());
    const check = await outcome(() => handlers['challenge.check']({ lesson: 'no-such-lesson', step: 'challenge' }));
    expect(check).toMatchObject({ code: 'NOT_FOUND' });
  });
});
