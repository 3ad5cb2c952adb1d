/** One app at a time: a second launch hands over to the first, which comes to the front. */
import { app } from 'electron';

/** False when another instance holds the lock: this one should quit at once. */
export function claimSingleInstance(onSecondInstance: () => void): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', () => onSecondInstance());
  return true;
}
