/**
 * Asks the panel area to show a panel, from anywhere (a network card, a step): e.g. open the Explore
 * terminal with a line typed in. The panel area switches tabs; the panel named takes the rest.
 */
export type PanelRequest =
  | { panel: 'logs' }
  | { panel: 'networks' }
  | { panel: 'console' }
  /** `line`: typed at the prompt; `run`: and Enter pressed. `node`: the playground node to type on. */
  | { panel: 'explore'; line?: string; run?: boolean; node?: string };

type Listener = (request: PanelRequest) => void;
const listeners = new Set<Listener>();

export function requestPanel(request: PanelRequest): void {
  for (const listener of listeners) listener(request);
}

/** Returns the unsubscribe function (use it as an effect's clean-up). */
export function onPanelRequest(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
