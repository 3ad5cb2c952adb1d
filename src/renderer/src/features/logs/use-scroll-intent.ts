/**
 * Tells the reader's own upward scrolling apart from the list moving by itself. In a flood of new
 * lines the list is off its bottom most of the time, and a wheel step up can land in the same frame
 * as a follow step down; so the reader's input itself is the signal: wheel or keys upwards, a grab
 * of the scrollbar, or (touch) an upward scroll while a finger moves.
 */
import { useCallback, useRef } from 'react';

const upKeys = new Set(['ArrowUp', 'PageUp', 'Home']);
const touchMs = 500;

export function useScrollUpIntent(onScrolledUp: () => void) {
  const callback = useRef(onScrolledUp);
  callback.current = onScrolledUp;
  const detach = useRef<() => void>(() => undefined);

  return useCallback((scroller: HTMLElement | Window | null) => {
    detach.current();
    detach.current = () => undefined;
    if (!(scroller instanceof HTMLElement)) return;
    let lastTouch = 0;
    let lastTop = scroller.scrollTop;
    const up = (yes: boolean) => yes && scroller.scrollTop > 0 && callback.current();
    const listeners = {
      wheel: (event: WheelEvent) => up(event.deltaY < 0),
      keydown: (event: KeyboardEvent) => up(upKeys.has(event.key)),
      pointerdown: (event: PointerEvent) => up(event.offsetX >= scroller.clientWidth),
      touchmove: () => {
        lastTouch = Date.now();
      },
      scroll: () => {
        up(scroller.scrollTop < lastTop - 2 && Date.now() - lastTouch < touchMs);
        lastTop = scroller.scrollTop;
      },
    };
    const entries = Object.entries(listeners) as Array<[string, EventListener]>;
    for (const [type, listener] of entries) scroller.addEventListener(type, listener, { passive: true });
    detach.current = () => {
      for (const [type, listener] of entries) scroller.removeEventListener(type, listener);
    };
  }, []);
}
