/**
 * When something shows in the page: a stamp armed before the action, taken at the first animation frame
 * after the DOM changes so that it holds. A MutationObserver waits, not a poll: polling `innerText` at each
 * frame forced a layout of the panel every frame of a flood, in the very renderer whose tasks are measured.
 */
import type { Page } from '@playwright/test';

/** What the stamp waits for: `selector`'s element to come or go, or (with `text`) its text to include `text`. */
export interface ShowsWhen {
  selector: string;
  text?: string;
}

type Armed = { __benchStamp?: Promise<number> };

const arm = ({ selector, text }: ShowsWhen) => {
  const holds = () => {
    const element = document.querySelector(selector);
    return text === undefined ? element !== null : (element?.textContent?.includes(text) ?? false);
  };
  const initial = holds();
  (window as Armed).__benchStamp = new Promise<number>((resolve) => {
    const observer = new MutationObserver(() => {
      if (holds() === initial) return;
      observer.disconnect();
      requestAnimationFrame(() => resolve(Date.now()));
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  });
};

/** Arms the stamp: the change it waits for is from what the page shows now (call it before the action). */
export async function armStamp(page: Page, when: ShowsWhen): Promise<void> {
  await page.evaluate(arm, when);
}

/**
 * The armed stamp: the wall clock (Date.now(), to compare with `wallClock()`) at the frame the change showed.
 * Rejects with a TimeoutError after `timeoutMs`.
 */
export async function armedStamp(page: Page, timeoutMs: number): Promise<number> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new Error(`not shown within ${timeoutMs} ms`);
      error.name = 'TimeoutError';
      reject(error);
    }, timeoutMs);
  });
  try {
    return await Promise.race([page.evaluate(() => (window as Armed).__benchStamp as Promise<number>), timedOut]);
  } finally {
    clearTimeout(timer);
  }
}
