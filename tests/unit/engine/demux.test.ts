// The framed stdout/stderr stream of non-TTY logs, attach and exec, read as Node's HTTP client hands it
// over: the engine flushes every log line as its own HTTP chunk, pushed to the stream one by one.
import { PassThrough } from 'node:stream';
import type { OutputChunk } from '@shared/results';
import { describe, expect, it } from 'vitest';
import { demuxText } from '../../../src/main/engine/demux';

const STDOUT = 1;
const STDERR = 2;

function frame(stream: number, payload: string | Buffer): Buffer {
  const body = typeof payload === 'string' ? Buffer.from(payload) : payload;
  const header = Buffer.alloc(8);
  header[0] = stream;
  header.writeUInt32BE(body.length, 4);
  return Buffer.concat([header, body]);
}

async function read(write: (stream: PassThrough) => void): Promise<OutputChunk[]> {
  const stream = new PassThrough();
  const chunks: OutputChunk[] = [];
  const done = demuxText(stream, (chunk) => chunks.push(chunk));
  write(stream);
  stream.end();
  await done;
  return chunks;
}

describe('demuxText', () => {
  it('keeps stdout and stderr in their order, joining the frames of one stream that follow each other', async () => {
    const frames = [frame(STDOUT, 'a\n'), frame(STDOUT, 'b\n'), frame(STDERR, 'oops\n'), frame(STDOUT, 'c\n')];
    const chunks = await read((stream) => stream.write(Buffer.concat(frames)));
    expect(chunks).toEqual([
      { stream: 'stdout', text: 'a\nb\n' },
      { stream: 'stderr', text: 'oops\n' },
      { stream: 'stdout', text: 'c\n' },
    ]);
  });

  it('reads frames cut anywhere, with a character split across two frames kept whole', async () => {
    const e = Buffer.from('é');
    const bytes = Buffer.concat([
      frame(STDOUT, Buffer.concat([Buffer.from('caf'), e.subarray(0, 1)])),
      frame(STDOUT, e.subarray(1)),
    ]);
    const chunks = await read((stream) => {
      for (const byte of bytes) stream.write(Buffer.from([byte]));
    });
    expect(chunks.map((chunk) => chunk.text).join('')).toBe('café');
    expect(chunks.every((chunk) => chunk.stream === 'stdout' && !chunk.text.includes('\uFFFD'))).toBe(true);
  });

  it('hands over what arrived together at once, not a call per pushed frame', async () => {
    const lines = Array.from({ length: 10_000 }, (_, i) => `${i}\n`);
    const chunks = await read((stream) => {
      for (const line of lines) stream.write(frame(STDOUT, line));
    });
    expect(chunks.map((chunk) => chunk.text).join('')).toBe(lines.join(''));
    expect(chunks.length).toBeLessThanOrEqual(5);
  });
});
