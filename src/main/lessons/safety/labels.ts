/** Everything the app creates carries these labels; reset and every change are limited to them. */
import type { Labels } from '../../engine';

export const APP_ID = 'container-talk';

export const LABEL = {
  app: 'container-talk.app',
  lesson: 'container-talk.lesson',
  step: 'container-talk.step',
  action: 'container-talk.action',
} as const;

export interface Origin {
  lesson: string;
  step?: string;
  action?: number;
}

export function labelsFor(origin: Origin): Labels {
  const labels: Labels = { [LABEL.app]: APP_ID, [LABEL.lesson]: origin.lesson };
  if (origin.step !== undefined) labels[LABEL.step] = origin.step;
  if (origin.action !== undefined) labels[LABEL.action] = String(origin.action);
  return labels;
}

export function createdByApp(labels: Labels): boolean {
  return labels[LABEL.app] === APP_ID;
}

/** The lesson that created an object, if the app did. */
export function lessonOf(labels: Labels): string | undefined {
  return createdByApp(labels) ? labels[LABEL.lesson] : undefined;
}
