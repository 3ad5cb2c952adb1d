// Lessons and resets, over and over, through the contract: nothing may pile up. After a warm-up cycle
// (images built, connections open), N more cycles must leave no container, network, console session or
// engine stream behind, and no file descriptors or memory beyond a little slack.
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppServices } from '../../src/main/api/services';
import type { Lesson, LessonStep } from '../../src/main/lessons/model/types';
import type { ExploreResult, StepResult } from '../../src/shared/results';
import { client, resultOf } from '../contract-calls';
import { docker } from '../engine/support';
import { type FigureTable, keepFigures } from './figures';
import { servicesOnPrivateEngine } from './private-services';

const CYCLES = 3;
const FD_SLACK = 4;
const HEAP_LIMIT_MIB = 48;

interface CycleFigures extends Record<string, number | boolean> {
  cycles: number;
  failedSteps: number;
  containersLeft: number;
  networksLeft: number;
  consolesLeft: number;
  streamsLeft: number;
  fdsGained: number;
  heapWithinLimit: boolean;
}

const cycleTable: FigureTable<CycleFigures> = {
  name: 'cycle-figures',
  title: `lesson + console + reset cycles (every lesson), after one warm-up cycle`,
  writer: 'tests/faults/cycles.test.ts',
  rows: [
    { key: 'cycles', label: 'cycles run', better: 'higher' },
    { key: 'failedSteps', label: 'steps that failed', better: 'lower' },
    { key: 'containersLeft', label: "the app's containers left after the last reset", better: 'lower' },
    { key: 'networksLeft', label: "the app's networks left after the last reset", better: 'lower' },
    { key: 'consolesLeft', label: 'console sessions left open', better: 'lower' },
    { key: 'streamsLeft', label: 'engine streams left open', better: 'lower' },
    { key: 'fdsGained', label: `file descriptors gained (beyond ${FD_SLACK} of slack)`, better: 'lower' },
    { key: 'heapWithinLimit', label: `heap grew by less than ${HEAP_LIMIT_MIB} MiB`, better: 'higher' },
  ],
};

let services: AppServices;
let page: ReturnType<typeof client>;
let failedSteps = 0;

const fds = () => readdirSync('/proc/self/fd').length;
const labelled = async (kind: 'ps' | 'network', lesson: string) =>
  (
    await docker(
      ...(kind === 'ps' ? ['ps', '-a'] : ['network', 'ls']),
      '-q',
      '--filter',
      `label=container-talk.lesson=${lesson}`,
    )
  )
    .split('\n')
    .filter(Boolean).length;

async function cycle(): Promise<void> {
  for (const lesson of services.lessons) {
    // The consoles open before the last step that is not a challenge: it may take away what they talk to
    // (lesson 3's clean-up leaves the swarm).
    const lastStep = lesson.steps.findLast((candidate) => !candidate.challenge);
    for (const step of lesson.steps) {
      if (step === lastStep) await openAndCloseConsoles(lesson);
      const result = step.challenge
        ? await solveByTyping(lesson, step)
        : resultOf<StepResult>(await page.call('step.run', { lesson: lesson.id, step: step.id }));
      if (!result.ok) failedSteps++;
    }
    resultOf(await page.call('lesson.reset', { lesson: lesson.id }));
  }
}

/** A challenge as a learner meets it: its solution typed line by line in the Explore terminal, then checked. */
async function solveByTyping(lesson: Lesson, step: LessonStep): Promise<StepResult> {
  for (const { command, node } of step.actions) {
    const line = { lesson: lesson.id, line: command, ...(node ? { node } : {}), cols: 80, rows: 24 };
    resultOf<ExploreResult>(await page.call('explore.run', line));
  }
  return resultOf<StepResult>(await page.call('challenge.check', { lesson: lesson.id, step: step.id }));
}

async function openAndCloseConsoles(lesson: Lesson): Promise<void> {
  for (const console of lesson.consoles) {
    const opened = resultOf<{ sessionId: string }>(
      await page.call('console.open', { lesson: lesson.id, console: console.id, cols: 80, rows: 24 }),
    );
    resultOf(await page.call('console.close', { sessionId: opened.sessionId }));
  }
}

beforeAll(async () => {
  services = await servicesOnPrivateEngine();
  page = client(services);
  for (const lesson of services.lessons) resultOf(await page.call('lesson.reset', { lesson: lesson.id }));
});

afterAll(async () => {
  page?.close();
  await services?.dispose();
});

describe(`${CYCLES} cycles of every lesson, its consoles and its reset`, () => {
  it('leave nothing behind, and do no worse than docs/reliability.md', async () => {
    await cycle(); // warm-up: images, keep-alive connections, lazily loaded code
    const before = { fds: fds(), heap: process.memoryUsage().heapUsed };
    for (let i = 0; i < CYCLES; i++) await cycle();
    const counts = await Promise.all(
      services.lessons.flatMap((l) => [labelled('ps', l.id), labelled('network', l.id)]),
    );
    const figures: CycleFigures = {
      cycles: CYCLES,
      failedSteps,
      containersLeft: counts.filter((_, i) => i % 2 === 0).reduce((a, b) => a + b, 0),
      networksLeft: counts.filter((_, i) => i % 2 === 1).reduce((a, b) => a + b, 0),
      consolesLeft: services.consoles.size,
      streamsLeft: services.engine.require().openStreams(),
      fdsGained: Math.max(0, fds() - before.fds - FD_SLACK),
      heapWithinLimit: process.memoryUsage().heapUsed - before.heap < HEAP_LIMIT_MIB * 1024 * 1024,
    };
    expect(figures).toEqual({
      cycles: CYCLES,
      failedSteps: 0,
      containersLeft: 0,
      networksLeft: 0,
      consolesLeft: 0,
      streamsLeft: 0,
      fdsGained: 0,
      heapWithinLimit: true,
    });
    expect(keepFigures(cycleTable, figures)).toEqual([]);
  }, 600_000);
});
