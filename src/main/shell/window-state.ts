/**
 * The window's size and position between launches, in a JSON file under userData. A damaged file gives
 * the defaults; a position on a display that is gone (a detached monitor) gives a centered window.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  width: number;
  height: number;
  /** Absent: center the window. */
  x?: number;
  y?: number;
  maximized: boolean;
}

export const defaultWindowState: WindowState = { width: 1200, height: 800, maximized: false };
export const minimumSize = { width: 800, height: 560 };

const coordinate = z.number().int().min(-100_000).max(100_000);
const stateSchema = z
  .object({
    width: z.number().int().min(minimumSize.width).max(16_384),
    height: z.number().int().min(minimumSize.height).max(16_384),
    x: coordinate.optional(),
    y: coordinate.optional(),
    maximized: z.boolean().default(false),
  })
  .refine((s) => (s.x === undefined) === (s.y === undefined), 'x and y go together');

export function parseWindowState(raw: unknown): WindowState {
  const parsed = stateSchema.safeParse(raw);
  return parsed.success ? parsed.data : { ...defaultWindowState };
}

/** Enough of the window on the display to grab its title bar. */
function reachableOn(window: Rectangle, area: Rectangle): boolean {
  const overlapX = Math.min(window.x + window.width, area.x + area.width) - Math.max(window.x, area.x);
  return overlapX >= 100 && window.y >= area.y && window.y <= area.y + area.height - 50;
}

/** Keeps the saved position only when a display still shows it; otherwise the window is centered. */
export function placeOnDisplays(state: WindowState, workAreas: Rectangle[]): WindowState {
  if (state.x === undefined || state.y === undefined) return state;
  const bounds = { x: state.x, y: state.y, width: state.width, height: state.height };
  if (workAreas.some((area) => reachableOn(bounds, area))) return state;
  return { width: state.width, height: state.height, maximized: state.maximized };
}

export function loadWindowState(file: string, workAreas: Rectangle[]): WindowState {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return { ...defaultWindowState };
  }
  return placeOnDisplays(parseWindowState(raw), workAreas);
}

export function saveWindowState(file: string, bounds: Rectangle, maximized: boolean): void {
  const rounded = {
    x: Math.round(bounds.x),
    y: Math.round(bounds.y),
    width: Math.round(bounds.width),
    height: Math.round(bounds.height),
  };
  const state: WindowState = { ...rounded, maximized };
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(state)}\n`);
  } catch (error) {
    console.warn('[shell] could not save the window state:', error);
  }
}
