// The learner's page is made again only when what it carries changed, and is gzipped once per version.

import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { learnerPage } from '../../../src/main/web/learner-page';
import { offlineServicesForThisFile } from '../api/offline-services';

const services = offlineServicesForThisFile();
const renderer = join(__dirname, '../../../src/renderer');

describe("the learner's page", () => {
  it('is the same bytes while nothing changed, and made again for new settings or another language', async () => {
    const first = await learnerPage(renderer, services(), 'en-US');
    expect(gunzipSync(first.gzip).equals(first.page)).toBe(true);
    expect(first.page.toString()).toContain('id="boot-data"');
    expect(first.page.toString()).toContain('class="first-screen" lang="en"');
    const again = await learnerPage(renderer, services(), 'en-US');
    expect(again.gzip).toBe(first.gzip);

    const indonesian = await learnerPage(renderer, services(), 'id');
    expect(indonesian.page.toString()).toContain('class="first-screen" lang="id"');

    services().settings.set({ colorScheme: 'dark' });
    const dark = await learnerPage(renderer, services(), 'id');
    expect(dark.gzip).not.toBe(indonesian.gzip);
    expect(dark.page.toString()).toContain('"colorScheme":"dark"');
  });
});
