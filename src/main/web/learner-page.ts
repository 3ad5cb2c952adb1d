/**
 * The page for a learner who holds this launch's token: index.html with the first screen's data and text
 * (boot-data.ts, first-screen.ts). Made again only when what it carries changed (progress, settings, the
 * language), and gzipped once for each version: a reload or a second tab gets the same bytes at once.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pickLanguage } from '@shared/language';
import type { AppServices } from '../api/services';
import { bootDataOf, scriptSafeJson, withBootData } from './boot-data';
import { firstScreenHtml, withFirstScreen } from './first-screen';

export interface PageBytes {
  page: Buffer;
  gzip: Buffer;
}

let last: (PageBytes & { key: string }) | undefined;

export async function learnerPage(
  rendererDir: string,
  services: AppServices,
  acceptLanguage: string | undefined,
): Promise<PageBytes> {
  const template = await readFile(join(rendererDir, 'index.html'), 'utf8');
  const data = await bootDataOf(services);
  const language = pickLanguage(data.settings.language, acceptLanguage);
  const json = scriptSafeJson(data);
  const key = `${language}\n${json}\n${template}`;
  if (last?.key !== key) {
    const page = Buffer.from(withFirstScreen(withBootData(template, json), firstScreenHtml(data, language)));
    last = { key, page, gzip: gzipSync(page) };
  }
  return last;
}
