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

export type Panel = PanelRequest['panel'];

type Listener = (request: PanelRequest) => void;
interface Subscriber {
  listener: Listener;
  /** The panel this listener is: it takes the requests for it. None: it hears every request. */
  panel?: Panel;
}

const subscribers = new Set<Subscriber>();
/**
 * A panel loads when first shown: a request made before it listens waits for it (the latest one per panel),
 * so the line asked for is typed once the terminal is there.
 */
const waiting = new Map<Panel, PanelRequest>();

export function requestPanel(request: PanelRequest): void {
  let taken = false;
  for (const subscriber of [...subscribers]) {
    if (subscriber.panel && subscriber.panel !== request.panel) continue;
    subscriber.listener(request);
    taken ||= subscriber.panel === request.panel;
  }
  if (taken) waiting.delete(request.panel);
  else waiting.set(request.panel, request);
}

/** Returns the unsubscribe function (use it as an effect's clean-up). */
export function onPanelRequest(listener: Listener, panel?: Panel): () => void {
  const subscriber = { listener, ...(panel ? { panel } : {}) };
  subscribers.add(subscriber);
  const early = panel && waiting.get(panel);
  if (early) {
    waiting.delete(panel);
    listener(early);
  }
  return () => {
    subscribers.delete(subscriber);
  };
}
