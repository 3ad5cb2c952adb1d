/**
 * Reading the framed stdout/stderr streams of non-TTY attach, exec and logs: 8-byte headers
 * [stream, 0, 0, 0, size(uint32 BE)] then the payload. Text is decoded per stream, so a multibyte
 * character split across frames stays whole.
 */
import { StringDecoder } from 'node:string_decoder';
import type { OutputChunk, OutputStream } from '@shared/results';

export function demuxText(stream: NodeJS.ReadableStream, onChunk: (chunk: OutputChunk) => void): Promise<void> {
  const decoders: Record<OutputStream, StringDecoder> = {
    stdout: new StringDecoder('utf8'),
    stderr: new StringDecoder('utf8'),
  };
  let pending = Buffer.alloc(0);
  const emit = (name: OutputStream, text: string) => {
    if (text) onChunk({ stream: name, text });
  };
  return new Promise((resolve, reject) => {
    stream.on('data', (data: Buffer) => {
      pending = Buffer.concat([pending, data]);
      while (pending.length >= 8) {
        const size = pending.readUInt32BE(4);
        if (pending.length < 8 + size) break;
        const name: OutputStream = pending[0] === 2 ? 'stderr' : 'stdout';
        emit(name, decoders[name].write(pending.subarray(8, 8 + size)));
        pending = pending.subarray(8 + size);
      }
    });
    stream.on('end', () => {
      emit('stdout', decoders.stdout.end());
      emit('stderr', decoders.stderr.end());
      resolve();
    });
    stream.on('error', reject);
  });
}

/** Joins chunks of one stream (or all, when `name` is omitted) into text. */
export function textOf(chunks: readonly OutputChunk[], name?: OutputStream): string {
  return chunks
    .filter((chunk) => !name || chunk.stream === name)
    .map((chunk) => chunk.text)
    .join('');
}
