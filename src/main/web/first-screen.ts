/**
 * The first screen's text as HTML, in the served page just before the app's root: the open step (and, on a
 * lesson's first step, the lesson's summary and intro), where the step view will put it. It paints as soon
 * as the page is parsed: its style is in it, and the page's stylesheets move after it, where they hold back
 * only the app's scripts (which wait for them) and not this text. The app removes it as it first renders.
 * The Markdown is rendered by the renderer's own setup (@shared/markdown).
 */
import { type BootData, firstScreenElementId } from '@shared/contract/boot';
import type { Language, Text } from '@shared/language';
import { markdownOptions } from '@shared/markdown';
import { byOrder, openingSelection } from '@shared/opening-step';
import { shellLayout } from '@shared/shell-layout';
import { createElement as h, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import ReactMarkdown from 'react-markdown';

const markdown = (text: string, className = 'markdown'): ReactNode =>
  h('div', { className }, h(ReactMarkdown, markdownOptions, text));

/**
 * Below the header, right of the lessons, in the step pane's column, as the shell sets it out (shellLayout);
 * the app's stylesheets may not be there yet: every value has its own fallback.
 */
const { headerHeight, navbarWidth, stepPanePercent } = shellLayout;
const layout = `body{margin:0}
.first-screen{box-sizing:border-box;height:100dvh;overflow:hidden;margin-left:${navbarWidth}px;width:calc((100vw - ${navbarWidth}px)*${stepPanePercent / 100});padding:${headerHeight + 20}px 20px 0;font-family:var(--mantine-font-family,system-ui,sans-serif);line-height:1.55}
.first-screen>*{max-width:720px;margin:0 auto 20px}
.first-screen .where{font-size:14px;font-weight:500;opacity:.8}
.first-screen .lead{font-size:18px}
.first-screen .intro{padding-bottom:20px;border-bottom:1px solid #8884}
.first-screen h3{font-size:26px;line-height:1.35}
.first-screen p{margin:0 0 12px}
.first-screen code{font-family:var(--mantine-font-family-monospace,monospace);font-size:.85em}`;

/** Mantine's dark body, where the app will be dark: saved so, or following a dark system. */
const dark = ':root body{background:#242424;color:#c9c9c9;color-scheme:dark}';
function colors(scheme: BootData['settings']['colorScheme']): string {
  if (scheme === 'light') return '';
  return scheme === 'dark' ? dark : `@media (prefers-color-scheme:dark){${dark}}`;
}

/** The root's content: the open step's text and its style; '' when there is no step to show. */
export function firstScreenHtml(data: BootData, language: Language): string {
  const lessons = byOrder(data.lessons);
  const selection = openingSelection(lessons, data.progress, data.settings.lesson ?? null);
  const lesson = lessons.find((l) => l.id === selection?.lesson);
  const step = lesson?.steps.find((s) => s.id === selection?.step);
  if (!lesson || !step) return '';
  const text = (t: Text) => t[language];
  const article = renderToStaticMarkup(
    h(
      'article',
      { className: 'first-screen', lang: language },
      h('p', { className: 'where' }, text(lesson.title)),
      lesson.steps[0] === step &&
        h('section', { className: 'intro' }, markdown(text(lesson.summary), 'lead'), markdown(text(lesson.intro))),
      h('h3', null, text(step.title)),
      markdown(text(step.explanation)),
    ),
  );
  return `<style>${layout}${colors(data.settings.colorScheme)}</style>${article}`;
}

const stylesheet = /<link rel="stylesheet"[^>]*>\s*/g;

/**
 * index.html with `content` in an element of its own before the root, and the stylesheets moved between
 * the two: the text paints before they load, and the app's own styles (Mantine writes its theme's variables
 * inside the root) still come after them and win. As it was when `content` is ''.
 */
export function withFirstScreen(page: string, content: string): string {
  if (!content) return page;
  const root = '<div id="root"></div>';
  const at = page.indexOf(root);
  if (at < 0) throw new Error('index.html has no empty root element');
  const before = page.slice(0, at);
  const links = before.match(stylesheet)?.join('') ?? '';
  return `${before.replace(stylesheet, '')}<div id="${firstScreenElementId}">${content}</div>${links}${page.slice(at)}`;
}
