// Browser mode's page carries the open step's text as HTML: the step the app opens at (the same choice as
// the renderer's), in the learner's language, its Markdown rendered by the renderer's setup.
import { pickLanguage } from '@shared/language';
import { describe, expect, it } from 'vitest';
import { bootDataOf } from '../../../src/main/web/boot-data';
import { firstScreenHtml, withFirstScreen } from '../../../src/main/web/first-screen';
import type { BootData } from '../../../src/shared/contract/boot';
import { offlineServicesForThisFile } from '../api/offline-services';

const services = offlineServicesForThisFile();

/** The text of an HTML fragment, as a browser would show it (tags out, entities read). */
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

async function boot(change: (data: BootData) => BootData = (data) => data): Promise<BootData> {
  return change(await bootDataOf(services()));
}

const firstLesson = (data: BootData) => [...data.lessons].sort((a, b) => a.order - b.order)[0];

describe('the first screen in the page', () => {
  it("shows a new learner the first lesson's summary, intro and first step, links opening outside", async () => {
    const data = await boot();
    const lesson = firstLesson(data);
    if (!lesson?.steps[0]) throw new Error('no lessons');
    const html = firstScreenHtml(data, 'en');
    const text = textOf(html);
    expect(text).toContain(lesson.title.en);
    // The intro's first sentence, without its Markdown marks.
    expect(text).toContain(lesson.intro.en.split(/[*`[_\n]/)[0]?.trim());
    expect(text).toContain(lesson.steps[0].title.en);
    expect(html).toMatch(/<(strong|code)>/);
    expect(html).not.toContain(lesson.steps[1]?.title.en);
    for (const link of html.match(/<a [^>]*>/g) ?? []) expect(link).toContain('target="_blank"');
  });

  it('opens where the learner was: the lesson last open, at its current step, without the intro', async () => {
    const data = await boot((d) => {
      const lesson = [...d.lessons].sort((a, b) => b.order - a.order)[0];
      const step = lesson?.steps[1];
      if (!lesson || !step) throw new Error('no second step');
      return { ...d, progress: { [lesson.id]: { completed: [], current: step.id } }, settings: { lesson: lesson.id } };
    });
    const lesson = data.lessons.find((l) => l.id === data.settings.lesson);
    const html = firstScreenHtml(data, 'en');
    expect(textOf(html)).toContain(lesson?.steps[1]?.title.en);
    expect(textOf(html)).not.toContain(lesson?.intro.en.slice(0, 30));
  });

  it("is in the saved language, else the browser's, as the renderer picks it", async () => {
    const data = await boot();
    expect(pickLanguage(data.settings.language, 'id-ID,id;q=0.9,en;q=0.8')).toBe('id');
    expect(pickLanguage(data.settings.language, 'en-US,en;q=0.9')).toBe('en');
    expect(pickLanguage(data.settings.language, undefined)).toBe('en');
    expect(pickLanguage('en', 'id')).toBe('en');
    expect(pickLanguage('klingon', 'ID')).toBe('id'); // a value that is no language is not a choice
    const lesson = firstLesson(data);
    expect(textOf(firstScreenHtml(data, 'id'))).toContain(lesson?.steps[0]?.title.id);
  });

  it('is dark where the app will be: saved dark, or unsaved on a dark system; never when saved light', async () => {
    const data = await boot();
    const style = (colorScheme?: 'light' | 'dark' | 'auto') =>
      /^<style>([^<]*)<\/style><article/.exec(firstScreenHtml({ ...data, settings: { colorScheme } }, 'en'))?.[1] ?? '';
    expect(style('dark')).toMatch(/^(?!.*@media).*body\{background:#242424/s);
    expect(style('auto')).toContain('@media (prefers-color-scheme:dark){:root body{background:#242424');
    expect(style(undefined)).toContain('@media (prefers-color-scheme:dark)');
    expect(style('light')).toContain('.first-screen{');
    expect(style('light')).not.toContain('#242424');
  });

  it('shows nothing when there is no lesson to open', async () => {
    expect(firstScreenHtml({ lessons: [], progress: {}, settings: {} }, 'en')).toBe('');
  });

  it('goes before the root, with the stylesheets between: it paints before them, and the app styles come after', () => {
    const page =
      '<head><link rel="stylesheet" crossorigin href="./a.css">\n<script type="module" src="./x.js"></script>' +
      '<link rel="stylesheet" href="./b.css"></head><body><div id="root"></div></body>';
    const served = withFirstScreen(page, '<p>hi</p>');
    expect(served).toBe(
      '<head><script type="module" src="./x.js"></script></head><body><div id="first-screen"><p>hi</p></div><link rel="stylesheet" crossorigin href="./a.css">\n<link rel="stylesheet" href="./b.css"><div id="root"></div></body>',
    );
    expect(withFirstScreen(page, '')).toBe(page);
    expect(() => withFirstScreen('<body></body>', '<p>hi</p>')).toThrow(/root/);
  });
});
