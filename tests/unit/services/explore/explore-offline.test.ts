// Without an engine, the Explore terminal's operations answer with the usual ENGINE_UNAVAILABLE error,
// through the contract as a renderer reaches it; a bad request is refused before the engine is asked.
import { describe, expect, it } from 'vitest';
import { callOnce } from '../../../contract-calls';
import { offlineServicesForThisFile } from '../../api/offline-services';

const services = offlineServicesForThisFile();
const size = { cols: 80, rows: 24 };

describe('the Explore terminal without an engine', () => {
  it('answers explore.run and explore.complete with ENGINE_UNAVAILABLE', async () => {
    const run = await callOnce(services(), 'explore.run', { lesson: 'networks', line: 'docker ps', ...size });
    expect(run).toMatchObject({
      error: { code: 'ENGINE_UNAVAILABLE', message: expect.stringContaining('nothing.sock') },
    });
    const complete = await callOnce(services(), 'explore.complete', { lesson: 'networks', line: 'docker rm re' });
    expect(complete).toMatchObject({ error: { code: 'ENGINE_UNAVAILABLE' } });
  });

  it('refuses an unknown lesson before the engine is asked', async () => {
    const reply = await callOnce(services(), 'explore.run', { lesson: 'no-such-lesson', line: 'docker ps', ...size });
    expect(reply).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });
});
