/**
 * Each step's last result, kept in the data folder so a reload or a restart shows the learner what
 * they saw: the output (its end, when long), the checks and when it ran. A lesson's reset forgets them.
 */
import { type OutputChunk, type StepResult, stepResultSchema } from '@shared/results';
import { z } from 'zod';
import { JsonStore } from './json-store';

/** Characters of output kept per action: the end of a long output is what the learner read last. */
export const KEPT_OUTPUT_CHARS = 8000;
const CUT_MARK = '…\n';

const keptSchema = z.record(z.string(), z.record(z.string(), stepResultSchema));
type Kept = z.infer<typeof keptSchema>;

/** The last `limit` characters of an output, chunk boundaries kept, marked where it was cut. */
export function tailOf(output: OutputChunk[], limit = KEPT_OUTPUT_CHARS): OutputChunk[] {
  const kept: OutputChunk[] = [];
  let room = limit;
  for (let i = output.length - 1; i >= 0 && room > 0; i--) {
    const chunk = output[i] as OutputChunk;
    const text = chunk.text.length > room ? chunk.text.slice(-room) : chunk.text;
    kept.unshift({ stream: chunk.stream, text });
    room -= text.length;
  }
  const cut = output.reduce((sum, chunk) => sum + chunk.text.length, 0) > limit;
  return cut ? [{ stream: 'stdout', text: CUT_MARK }, ...kept] : kept;
}

function bounded(result: StepResult): StepResult {
  return { ...result, actions: result.actions.map((action) => ({ ...action, output: tailOf(action.output) })) };
}

export class StepResults {
  private readonly store: JsonStore<Kept>;

  constructor(dataDir: string) {
    this.store = new JsonStore(dataDir, 'step-results.json', keptSchema, {});
  }

  /** The lesson's kept results, by step id. */
  of(lesson: string): Record<string, StepResult> {
    return this.store.get()[lesson] ?? {};
  }

  record(result: StepResult): void {
    const all = this.store.get();
    this.store.set({ ...all, [result.lesson]: { ...all[result.lesson], [result.step]: bounded(result) } });
  }

  forget(lesson: string): void {
    const { [lesson]: _forgotten, ...rest } = this.store.get();
    this.store.set(rest);
  }
}
