/**
 * The compressed forms of the renderer's text files: the build writes each beside its file (precompress.ts),
 * and browser mode sends the best one the browser accepts (static-files.ts). Only the page, which carries
 * the learner's data, is compressed per request (page.ts).
 */
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

export interface Encoding {
  /** As Accept-Encoding and Content-Encoding name it. */
  name: string;
  /** The compressed file is the original's path with this added. */
  suffix: string;
  compress(data: Buffer): Promise<Buffer>;
}

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** Best first. */
export const encodings: readonly Encoding[] = [
  {
    name: 'br',
    suffix: '.br',
    compress: (data) =>
      brotli(data, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
      }),
  },
  { name: 'gzip', suffix: '.gz', compress: (data) => gzipped(data, { level: 9 }) },
];

/** Text worth compressing; images and fonts are compressed already. */
export function isCompressible(path: string): boolean {
  return /\.(js|mjs|css|html|svg|json|txt|map)$/.test(path);
}

/** The encodings an Accept-Encoding header allows (a `;q=0` refuses one), in our order of preference. */
export function acceptedEncodings(header: string | undefined): Encoding[] {
  const weights = new Map<string, number>();
  for (const part of (header ?? '').toLowerCase().split(',')) {
    const [token = '', ...params] = part.split(';').map((s) => s.trim());
    const q = params.find((p) => p.startsWith('q='));
    if (token) weights.set(token, q ? Number(q.slice(2)) : 1);
  }
  return encodings.filter((encoding) => (weights.get(encoding.name) ?? weights.get('*') ?? 0) > 0);
}
