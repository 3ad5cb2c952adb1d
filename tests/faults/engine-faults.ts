/** What the fault tests do to the private engine's dockerd, and when: shared by the freeze and kill tests. */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { openConnection } from '../../src/main/api/router';
import type { AppServices } from '../../src/main/api/services';
import { type client, resultOf } from '../contract-calls';
import { docker, repoRoot } from '../engine/support';

const run = promisify(execFile);

/** Sends `signal` to the private engine's dockerd (SIGSTOP freezes it, SIGCONT thaws it, SIGKILL kills it). */
export function signalDockerd(signal: NodeJS.Signals): void {
  process.kill(Number(readFileSync(`${repoRoot}/.test-engine/dockerd.pid`, 'utf8')), signal);
}

/** Starts the private engine again (the kit returns once it answers). */
export async function restartEngine(): Promise<void> {
  await run('bash', ['tests/kit/engine.sh', 'start'], { cwd: repoRoot });
}

/** Removes the app's own example image, so that the step running the app builds it again. */
export async function forgetAppImage(services: AppServices): Promise<void> {
  const image = links(services).localImages[0]?.image;
  if (image) await docker('rmi', '-f', image).catch(() => undefined);
}

function links(services: AppServices) {
  const lesson = services.lessons.find((candidate) => candidate.id === 'links');
  if (!lesson) throw new Error('no links lesson');
  return lesson;
}

/** The ids of the links lesson's first step and of the step that runs the example app (it publishes port 3000). */
export function linksSteps(services: AppServices): { first: string; app: string } {
  const steps = links(services).steps;
  const app = steps.find((step) => /-p 3000/.test(JSON.stringify(step)));
  if (!steps[0] || !app) throw new Error('the links lesson has no app step');
  return { first: steps[0].id, app: app.id };
}

/** Links from scratch, up to the step that runs the app: its image is gone, so that step starts with a build. */
export async function readyToBuildApp(services: AppServices, page: ReturnType<typeof client>): Promise<void> {
  resultOf(await page.call('lesson.reset', { lesson: 'links' }));
  await forgetAppImage(services);
  resultOf(await page.call('step.run', { lesson: 'links', step: linksSteps(services).first }));
}

/** Calls `act` once, at the first build progress a running step reports; `at()` says when (0: not yet). */
export function atFirstBuildProgress(services: AppServices, act: () => void) {
  let at = 0;
  const watcher = openConnection(services, (message) => {
    const event = message.t === 'evt' ? (message.event as { type?: string; progress?: { kind?: string } }) : {};
    if (at || event.type !== 'progress' || event.progress?.kind !== 'build') return;
    at = Date.now();
    act();
  });
  watcher.receive({ t: 'sub', id: 1, stream: 'step', params: {} });
  return { at: () => at, close: () => watcher.close() };
}

/** The app's containers that were created and never started: what a cut-off `docker run` would leave. */
export async function halfMadeContainers(): Promise<string[]> {
  const ids = await docker('ps', '-a', '-q', '--filter', 'status=created', '--filter', 'label=container-talk.app');
  return ids.split('\n').filter(Boolean);
}
