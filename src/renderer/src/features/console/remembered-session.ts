/**
 * The console session this tab shows, kept across a reload (sessionStorage: this tab only). The app
 * keeps a session alive for a short while after its page went away, so a reloaded page reattaches to
 * it, scrollback and all, instead of starting another container.
 */
export interface RememberedSession {
  sessionId: string;
  command: string;
}

const keyOf = (lesson: string) => `console:${lesson}`;

export function rememberSession(lesson: string, session: RememberedSession): void {
  sessionStorage.setItem(keyOf(lesson), JSON.stringify(session));
}

export function recallSession(lesson: string): RememberedSession | undefined {
  try {
    const saved = JSON.parse(sessionStorage.getItem(keyOf(lesson)) ?? 'null') as Partial<RememberedSession> | null;
    return typeof saved?.sessionId === 'string' && typeof saved.command === 'string'
      ? { sessionId: saved.sessionId, command: saved.command }
      : undefined;
  } catch {
    return undefined;
  }
}

export function forgetSession(lesson: string): void {
  sessionStorage.removeItem(keyOf(lesson));
}
