/** What an action needs while it runs: the engine, where it belongs, and where to report progress. */
import type { LocalImage } from '@shared/lesson';
import type { OutputChunk, ProgressEvent } from '@shared/results';
import type { Engine } from '../../engine/engine';
import type { Origin } from '../safety/labels';

export interface ActionContext {
  engine: Engine;
  origin: Required<Origin>;
  /** Images this lesson builds from resources/ instead of pulling. */
  localImages: LocalImage[];
  /** Lines to type into an interactive session when no person is at the keyboard. */
  input?: string[];
  onOutput: (chunk: OutputChunk) => void;
  onProgress: (progress: ProgressEvent) => void;
}

/** What executing an action produced, for the result and for its checks. */
export interface ActionOutcome {
  exitCode: number | null;
  output: OutputChunk[];
  warnings: string[];
  containerId?: string;
  reused?: boolean;
  /** HTTP status, for http actions. */
  status?: number;
}

/** An outcome that printed `text` on stdout and exited 0. */
export function printed(text: string, extra: Partial<ActionOutcome> = {}): ActionOutcome {
  return { exitCode: 0, output: text ? [{ stream: 'stdout', text }] : [], warnings: [], ...extra };
}
