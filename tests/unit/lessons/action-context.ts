/** An action context around a partial fake engine: only what the code under test reads. */
import type { Engine } from '../../../src/main/engine';
import type { ActionContext } from '../../../src/main/lessons/execute/context';

export function fakeActionContext(engine: Partial<Engine>): ActionContext {
  return {
    engine: { endpoint: { publishedHost: 'localhost' }, ...engine } as Engine,
    origin: { lesson: 'l', step: 's', action: 0 },
    localImages: [],
    onOutput: () => undefined,
    onProgress: () => undefined,
    signal: new AbortController().signal,
    uncancellable: (work: () => Promise<unknown>) => work(),
  } as ActionContext;
}
