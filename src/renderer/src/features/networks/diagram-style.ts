/** What the diagram's nodes share: the highlight of a running step's objects, the labels' mark. */
import type { CSSProperties } from 'react';
import type { Highlight } from './highlight';

export function highlightStyle(highlight: Highlight | undefined): CSSProperties {
  if (highlight === 'command') return { boxShadow: '0 0 0 4px var(--mantine-color-orange-filled)' };
  if (highlight === 'lesson') return { boxShadow: '0 0 0 3px var(--mantine-color-yellow-filled)' };
  return {};
}

/** The label elements the legibility test measures carry this attribute. */
export const label = { 'data-diagram-label': true } as const;
