/** A lesson as the app runs it: the file's data with each command parsed into its spec. */

import type { Text } from '@shared/lesson';
import type { LessonCheck } from '../checks/vocabulary';
import type { ActionSpec, RunSpec } from '../commands';
import type { LessonFile } from './file-schema';

type FileStep = LessonFile['steps'][number];
type FileAction = NonNullable<FileStep['actions']>[number];
type FileConsole = LessonFile['consoles'][number];

export interface LessonAction extends FileAction {
  spec: ActionSpec;
  checks: LessonCheck[];
}

/** What the learner is shown of a challenge, and what judges it; its solution is the step's actions. */
export interface LessonChallenge {
  goal: Text;
  hints: Text[];
  /** Read against the engine as it is whenever they run (no command's output): see challenges/kinds.ts. */
  checks: LessonCheck[];
}

export interface LessonStep extends Omit<FileStep, 'actions' | 'challenge' | 'checks'> {
  /**
   * What the step runs. For a challenge, its solution (commands without checks): the headless runner
   * runs them and then the challenge's checks; the learner is never shown them and types their own.
   */
  actions: LessonAction[];
  challenge?: LessonChallenge;
}

export interface LessonConsole extends FileConsole {
  spec: RunSpec;
}

export interface Lesson extends Omit<LessonFile, 'steps' | 'consoles' | '$schema' | 'format'> {
  steps: LessonStep[];
  consoles: LessonConsole[];
}

export type { LocalImage, Requires } from './file-schema';
