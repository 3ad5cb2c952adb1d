/** A lesson as the app runs it: the file's data with each command parsed into its spec. */

import type { LessonCheck } from '../checks/vocabulary';
import type { ActionSpec, RunSpec } from '../commands';
import type { LessonFile } from './file-schema';

type FileStep = LessonFile['steps'][number];
type FileAction = FileStep['actions'][number];
type FileConsole = LessonFile['consoles'][number];

export interface LessonAction extends FileAction {
  spec: ActionSpec;
  checks: LessonCheck[];
}

export interface LessonStep extends Omit<FileStep, 'actions'> {
  actions: LessonAction[];
}

export interface LessonConsole extends FileConsole {
  spec: RunSpec;
}

export interface Lesson extends Omit<LessonFile, 'steps' | 'consoles' | '$schema' | 'format'> {
  steps: LessonStep[];
  consoles: LessonConsole[];
}

export type { LocalImage, Requires } from './file-schema';
