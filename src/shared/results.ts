/** What running a lesson step produces: output, checks, Engine API calls, progress. */
import type { AppErrorInfo } from './errors';
import type { Text } from './lesson';

/** One Engine API request, as shown in the "Under the hood" view. */
export interface ApiCall {
  method: string;
  path: string;
  query?: Record<string, unknown>;
  body?: unknown;
}

export type OutputStream = 'stdout' | 'stderr';

export interface OutputChunk {
  stream: OutputStream;
  text: string;
}

export interface CheckResult {
  id: string;
  ok: boolean;
  /** What was actually found, e.g. "REDIS_PORT_6379_TCP_ADDR=172.17.0.2 and redis-server is 172.17.0.2". */
  detail: string;
  /** What the check verifies and why it matters (from the lesson). */
  explain: Text;
  /** Set when the engine behaves differently from the lesson's engine and the check adapted. */
  note?: Text;
}

export interface ActionResult {
  lesson: string;
  step: string;
  /** Index of the action within its step. */
  action: number;
  /** The docker CLI text this action equals. */
  command: string;
  exitCode: number | null;
  output: OutputChunk[];
  /** Warnings the engine returned (e.g. deprecated links on Docker 29.6+), shown like the CLI's WARNING: lines. */
  warnings: string[];
  /** Notes about this engine that the learner should read with the output. */
  notes: Text[];
  checks: CheckResult[];
  apiCalls: ApiCall[];
  durationMs: number;
  /** Container created (or reused) by the action. */
  containerId?: string;
  /** True when an earlier run of the same step already created what this action would create. */
  reused?: boolean;
  error?: AppErrorInfo;
}

export interface StepResult {
  lesson: string;
  step: string;
  actions: ActionResult[];
  ok: boolean;
}

export interface ProgressEvent {
  kind: 'pull' | 'build';
  image: string;
  /** A progress line as the engine reports it ("Downloading", "Step 2/5 : COPY ..."). */
  status: string;
  /** Layer or step identifier, when the engine gives one. */
  id?: string;
  current?: number;
  total?: number;
}

export type RunnerEvent =
  | { type: 'action-start'; lesson: string; step: string; action: number; command: string }
  | { type: 'output'; lesson: string; step: string; action: number; chunk: OutputChunk }
  | { type: 'progress'; lesson: string; step: string; action: number; progress: ProgressEvent }
  | { type: 'action-end'; result: ActionResult };
