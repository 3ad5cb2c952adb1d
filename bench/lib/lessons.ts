/**
 * Both lessons driven through the WebSocket API as a learner in the app does them: each step's Run, the
 * challenge solved by typing its solution in Explore and checking it, then Reset.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ApiSocket } from '../../tests/api-socket';
import { repoRoot } from './context';

/** The two lessons of the issue ("both lessons"); the third needs playground nodes. */
export const LESSONS = ['links', 'networks'] as const;

interface FileStep {
  id: string;
  challenge?: { solution: Array<{ command: string }> };
}

function stepsOf(lesson: string): FileStep[] {
  const file = JSON.parse(readFileSync(join(repoRoot, 'resources/lessons', `${lesson}.json`), 'utf8'));
  return file.steps as FileStep[];
}

export async function runLesson(api: ApiSocket, lesson: string): Promise<void> {
  for (const step of stepsOf(lesson)) {
    if (step.challenge) {
      for (const { command } of step.challenge.solution)
        await api.call('explore.run', { lesson, line: command, cols: 80, rows: 24 });
    }
    const result = await api.call<{ ok: boolean }>(step.challenge ? 'challenge.check' : 'step.run', {
      lesson,
      step: step.id,
    });
    if (!result.ok)
      throw new Error(`lesson ${lesson}, step ${step.id} failed: ${JSON.stringify(result).slice(0, 800)}`);
  }
}

/** One cycle: each lesson, then its reset. */
export async function lessonCycle(api: ApiSocket): Promise<void> {
  for (const lesson of LESSONS) {
    await runLesson(api, lesson);
    await api.call('lesson.reset', { lesson });
  }
}
