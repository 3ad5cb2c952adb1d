/**
 * `node out/main/web.js` -> URL printed, against a bare node http server; and the same start with an
 * engine that never answers, against the start with the real one: a server that listens before it
 * looks for the engine prints its URL as fast either way.
 */
import type { ChildProcess } from 'node:child_process';
import type { MeasureRun } from '../lib/context';
import { compare } from '../lib/interleave';
import { withGoal } from '../lib/judge';
import { stopProcess } from '../lib/proc';
import { silentEngine, startApp, startReference } from '../lib/servers';

async function timedStart(start: () => Promise<{ child: ChildProcess; elapsed: number }>) {
  const started = await start();
  await stopProcess(started.child);
  return started.elapsed;
}

export const webStart: MeasureRun = async ({ sizes, log }) => {
  const rounds = { unit: 'ms', rounds: sizes.startRuns, warmup: sizes.warmup };
  log('web.js -> URL printed, against a bare node http server');
  const started = await compare({
    ...rounds,
    id: 'web-start',
    title: '`node out/main/web.js` -> URL printed',
    against: 'bare node http server',
    app: () => timedStart(() => startApp()),
    reference: () => timedStart(() => startReference()),
  });
  log('web.js -> URL printed with an engine that never answers, against the real engine');
  const engine = await silentEngine();
  try {
    const listensFirst = await compare({
      ...rounds,
      id: 'web-start-engine-silent',
      title: 'same, with an engine that never answers',
      against: 'same, real engine',
      app: () => timedStart(() => startApp({ DOCKER_HOST: engine.host })),
      reference: () => timedStart(() => startApp()),
    });
    return [
      started,
      withGoal(listensFirst, {
        text: 'the server listens before it looks for the engine (URL as fast with a silent engine)',
        stat: 'ratio',
        limit: 1.25,
      }),
    ];
  } finally {
    engine.close();
  }
};
