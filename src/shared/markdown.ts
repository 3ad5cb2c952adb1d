/**
 * How lesson Markdown becomes elements: one setup for the renderer's Markdown component and for the page
 * browser mode prerenders (src/main/web/first-screen.ts), so both show a text the same way.
 */
import { createElement } from 'react';
import type { Components, Options } from 'react-markdown';

const components: Components = {
  // Links leave the app: open them outside it rather than inside the lesson window.
  a: ({ href, children }) => createElement('a', { href, target: '_blank', rel: 'noreferrer' }, children),
};

export const markdownOptions = { components, skipHtml: true } as const satisfies Options;
