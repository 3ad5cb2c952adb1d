/**
 * Browser mode writes what the first screen needs into the page it serves (a JSON data block with this
 * id), so the lessons show without waiting for the WebSocket; a page without it asks over the wire.
 * Type-only on the contract: the renderer reads it without zod.
 */
import type { LessonView, Progress, Settings } from './views';

export const bootDataElementId = 'boot-data';
/** The open step's text, prerendered before the app's root; the app removes it when it first renders. */
export const firstScreenElementId = 'first-screen';

/** The answers of lessons.list, progress.get and settings.get, as the wire would give them. */
export interface BootData {
  lessons: LessonView[];
  progress: Progress;
  settings: Settings;
}
