/**
 * `node out/main/web.js` -> URL printed, against a bare node http server; and the same start with an
 * engine that never answers, against the start with the real one: a server that listens before it
 * looks for the engine prints its URL as fast either way.
 */
import type { MeasureRun } from '../lib/context';
import { interleave } from '../lib/interleave';
import { judge, type Measure } from '../lib/judge';
import { stopProcess } from '../lib/proc';
import { silentEngine, startApp, startReference } from '../lib/servers';

async function timedStart(start: () => Promise<{ child: import('node:child_process').ChildProcess; elapsed: number }>) {
  const started = await start();
  await stopProcess(started.child);
  return started.elapsed;
}

export const webStart: MeasureRun = async ({ sizes, log }) => {
  log('web.js -> URL printed, against a bare node http server');
  const plain = await interleave(
    sizes.startRuns,
    () => timedStart(() => startApp()),
    () => timedStart(() => startReference()),
    sizes.warmup,
  );
  log('web.js -> URL printed with an engine that never answers, against the real engine');
  const engine = await silentEngine();
  try {
    const silent = await interleave(
      sizes.startRuns,
      () => timedStart(() => startApp({ DOCKER_HOST: engine.host })),
      () => timedStart(() => startApp()),
      sizes.warmup,
    );
    const started: Omit<Measure, 'goal'> = {
      id: 'web-start',
      title: '`node out/main/web.js` -> URL printed',
      unit: 'ms',
      app: plain.app,
      reference: { label: 'bare node http server', summary: plain.reference },
      ratio: plain.ratio,
    };
    const listensFirst: Omit<Measure, 'goal'> = {
      id: 'web-start-engine-silent',
      title: 'same, with an engine that never answers',
      unit: 'ms',
      app: silent.app,
      reference: { label: 'same, real engine', summary: silent.reference },
      ratio: silent.ratio,
    };
    return [
      started,
      {
        ...listensFirst,
        goal: judge(listensFirst, {
          text: 'the server listens before it looks for the engine (URL as fast with a silent engine)',
          stat: 'ratio',
          limit: 1.25,
        }),
      },
    ];
  } finally {
    engine.close();
  }
};
