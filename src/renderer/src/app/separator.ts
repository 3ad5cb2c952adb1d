/** The resize bar between the step and the panels, as assistive technology should hear it. */
import { useCallback } from 'react';

/**
 * Mantine's Splitter gives its handle the layout's orientation ("horizontal" for panes side by side), but
 * ARIA means the separator's own: a bar between left and right panes is vertical. Its handle props win
 * over any we pass, so the attributes are set on the element; React leaves them alone, as the props it
 * renders never change.
 */
export function useSeparatorLabel(label: string) {
  return useCallback(
    (root: HTMLDivElement | null) => {
      const handle = root?.querySelector(':scope > [role="separator"]');
      handle?.setAttribute('aria-orientation', 'vertical');
      handle?.setAttribute('aria-label', label);
    },
    [label],
  );
}
