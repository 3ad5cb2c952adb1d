/** What an action needs while it runs: the engine, where it belongs, and where to report progress. */

import type { Text } from '@shared/lesson';
import type { OutputChunk, ProgressEvent } from '@shared/results';
import type { Engine } from '../../engine';
import type { LocalImage } from '../model/types';
import type { Origin } from '../safety/labels';

/** The lesson's playground: the nodes its commands run on (`node1 $ …`) and their engines. */
export interface Playground {
  nodes: string[];
  engineOf(node: string): Promise<Engine>;
  /** The learner's own engine, which starts the nodes and from which images are copied into them. */
  outer: Engine;
}

export interface ActionContext {
  /** The engine the command runs on: the learner's, or a playground node's. */
  engine: Engine;
  playground?: Playground;
  origin: Required<Origin>;
  /** Images this lesson builds from resources/ instead of pulling. */
  localImages: LocalImage[];
  /** Lines to type into an interactive session when no person is at the keyboard. */
  input?: string[];
  /** The only way an action prints: the runner records every chunk and streams it to the learner. */
  onOutput: (chunk: OutputChunk) => void;
  onProgress: (progress: ProgressEvent) => void;
  /** Fires when the learner cancels the step. */
  signal: AbortSignal;
  /** Runs clean-up work (removing what a cancelled action created) with engine requests that the cancel does not abort. */
  uncancellable: <T>(work: () => Promise<T>) => Promise<T>;
}

/** For work that cannot be cancelled (a console's image pull). */
export const notCancellable: Pick<ActionContext, 'signal' | 'uncancellable'> = {
  signal: new AbortController().signal,
  uncancellable: (work) => work(),
};

/** What executing an action produced besides its output, for the result and for its checks. */
export interface ActionOutcome {
  exitCode: number | null;
  warnings: string[];
  containerId?: string;
  reused?: boolean;
  /** HTTP status, for http actions. */
  status?: number;
  /** What the learner should know about how it ran here (e.g. an adapted command). */
  notes?: Text[];
}

/** Prints `text` on stdout and reports success, as most docker commands do. */
export function printed(ctx: ActionContext, text: string, extra: Partial<ActionOutcome> = {}): ActionOutcome {
  if (text) ctx.onOutput({ stream: 'stdout', text });
  return { exitCode: 0, warnings: [], ...extra };
}

/** Prints the engine's warnings the way the docker CLI does. */
export function printWarnings(ctx: ActionContext, warnings: string[]): void {
  for (const warning of warnings) ctx.onOutput({ stream: 'stderr', text: `WARNING: ${warning}\n` });
}
