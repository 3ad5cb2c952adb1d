/** What the learner sees of step runs: live output as the `step` stream tells it, then the result. */
import type { WireError } from '@shared/contract';
import type { ActionResult, OutputChunk, ProgressEvent, RunnerEvent, StepResult } from '@shared/results';

export interface ActionRun {
  command: string;
  output: OutputChunk[];
  /** The latest progress per pulled layer, and per built image its latest "Step N/M" line. */
  progress: Record<string, ProgressEvent>;
  /** The latest progress line of any kind ("Digest: …", "Successfully built …"). */
  status?: string;
  result?: ActionResult;
}

export interface StepRun {
  running: boolean;
  actions: ActionRun[];
  result?: StepResult;
  error?: WireError;
  /** Kept from before this window opened (a reload, a restart): shown with when it ran. */
  restored?: boolean;
}

export type Runs = Record<string, StepRun>;

export type RunUpdate =
  | { type: 'start'; lesson: string; step: string }
  | { type: 'event'; event: RunnerEvent }
  | { type: 'done'; result: StepResult }
  | { type: 'failed'; lesson: string; step: string; error: WireError }
  | { type: 'clear'; lesson: string }
  /** Results kept by the app from earlier runs; a step this window already ran keeps its own. */
  | { type: 'restore'; results: StepResult[] };

export const stepKey = (lesson: string, step: string) => `${lesson}/${step}`;

const buildStep = /^Step \d+\/\d+/;

function progressKey(progress: ProgressEvent): string | undefined {
  if (progress.kind === 'build') return buildStep.test(progress.status) ? `build ${progress.image}` : undefined;
  return progress.id ? `pull ${progress.image} ${progress.id}` : undefined;
}

function appendChunk(output: OutputChunk[], chunk: OutputChunk): OutputChunk[] {
  const last = output.at(-1);
  if (last?.stream !== chunk.stream) return [...output, chunk];
  return [...output.slice(0, -1), { stream: chunk.stream, text: last.text + chunk.text }];
}

function applyEvent(run: StepRun, event: RunnerEvent): StepRun {
  const index = event.type === 'action-end' ? event.result.action : event.action;
  const actions = [...run.actions];
  const action = actions[index] ?? { command: '', output: [], progress: {} };
  switch (event.type) {
    case 'action-start':
      actions[index] = { command: event.command, output: [], progress: {} };
      break;
    case 'output':
      actions[index] = { ...action, output: appendChunk(action.output, event.chunk) };
      break;
    case 'progress': {
      const key = progressKey(event.progress);
      const progress = key ? { ...action.progress, [key]: event.progress } : action.progress;
      actions[index] = { ...action, progress, status: event.progress.status };
      break;
    }
    case 'action-end':
      actions[index] = { ...action, command: event.result.command, output: event.result.output, result: event.result };
      break;
  }
  return { ...run, actions };
}

/** A run that ended with `result`, keeping the live progress it showed (if this window saw it run). */
function finished(result: StepResult, live?: StepRun): StepRun {
  const actions = result.actions.map((action, i) => ({
    ...(live?.actions[i] ?? { progress: {} }),
    command: action.command,
    output: action.output,
    result: action,
  }));
  return { running: false, actions, result };
}

function eventKey(event: RunnerEvent): string {
  return event.type === 'action-end'
    ? stepKey(event.result.lesson, event.result.step)
    : stepKey(event.lesson, event.step);
}

export function runsReducer(runs: Runs, update: RunUpdate): Runs {
  switch (update.type) {
    case 'start':
      return { ...runs, [stepKey(update.lesson, update.step)]: { running: true, actions: [] } };
    case 'event': {
      const key = eventKey(update.event);
      const run = runs[key];
      // Events of runs this window did not start (a connect button, another window) are not a step's output.
      return run?.running ? { ...runs, [key]: applyEvent(run, update.event) } : runs;
    }
    case 'done': {
      const key = stepKey(update.result.lesson, update.result.step);
      return { ...runs, [key]: finished(update.result, runs[key]) };
    }
    case 'restore': {
      const kept = update.results
        .map((result) => [stepKey(result.lesson, result.step), result] as const)
        .filter(([key]) => !runs[key]);
      if (kept.length === 0) return runs;
      return {
        ...runs,
        ...Object.fromEntries(kept.map(([key, result]) => [key, { ...finished(result), restored: true }])),
      };
    }
    case 'failed': {
      const key = stepKey(update.lesson, update.step);
      return { ...runs, [key]: { actions: runs[key]?.actions ?? [], running: false, error: update.error } };
    }
    case 'clear':
      return Object.fromEntries(Object.entries(runs).filter(([key]) => !key.startsWith(`${update.lesson}/`)));
  }
}

/** The step running now, if any (one runs at a time). */
export function runningStep(runs: Runs): { lesson: string; step: string } | undefined {
  const key = Object.keys(runs).find((candidate) => runs[candidate]?.running);
  if (!key) return undefined;
  const slash = key.indexOf('/');
  return { lesson: key.slice(0, slash), step: key.slice(slash + 1) };
}
