/**
 * The page's boot data: the first screen's answers (lessons, progress, settings) from the same handlers
 * and output schemas as the wire, written into index.html as a JSON data block the page reads at once.
 */

import { operations } from '@shared/contract';
import { type BootData, bootDataElementId } from '@shared/contract/boot';
import { createHandlers } from '../api/handlers';
import type { AppServices } from '../api/services';

export async function bootDataOf(services: AppServices): Promise<BootData> {
  const handlers = createHandlers(services);
  return {
    lessons: operations['lessons.list'].output.parse(await handlers['lessons.list']({})),
    progress: operations['progress.get'].output.parse(await handlers['progress.get']({})),
    settings: operations['settings.get'].output.parse(await handlers['settings.get']({})),
  };
}

/**
 * JSON that cannot end its script element or open a comment in it: `<` (and the line separators old
 * parsers choke on) written as escapes, which JSON.parse reads back as they were.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** index.html with the boot data block (`json`: the data as scriptSafeJson wrote it) just before the root element. */
export function withBootData(page: string, json: string): string {
  const block = `<script type="application/json" id="${bootDataElementId}">${json}</script>`;
  const at = page.indexOf('<div id="root">');
  if (at < 0) throw new Error('index.html has no root element');
  return page.slice(0, at) + block + page.slice(at);
}
