/**
 * The console session this tab shows, kept across a reload (sessionStorage: this tab only). The app
 * keeps a session alive for a short while after its page went away, so a reloaded page reattaches to
 * it, scrollback and all, instead of starting another container.
 */
import type { ConsoleTarget } from './console-session';

export interface RememberedSession {
  sessionId: string;
  command: string;
}

const keyOf = ({ lesson, console }: ConsoleTarget) => `console:${lesson}:${console}`;

export function rememberSession(target: ConsoleTarget, session: RememberedSession): void {
  sessionStorage.setItem(keyOf(target), JSON.stringify(session));
}

export function recallSession(target: ConsoleTarget): RememberedSession | undefined {
  try {
    const saved = JSON.parse(sessionStorage.getItem(keyOf(target)) ?? 'null') as Partial<RememberedSession> | null;
    return typeof saved?.sessionId === 'string' && typeof saved.command === 'string'
      ? { sessionId: saved.sessionId, command: saved.command }
      : undefined;
  } catch {
    return undefined;
  }
}

export function forgetSession(target: ConsoleTarget): void {
  sessionStorage.removeItem(keyOf(target));
}
