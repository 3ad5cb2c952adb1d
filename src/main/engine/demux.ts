/**
 * Reading the framed stdout/stderr streams of non-TTY attach, exec and logs: 8-byte headers
 * [stream, 0, 0, 0, size(uint32 BE)] then the payload. Text is decoded per stream, so a multibyte
 * character split across frames stays whole.
 */
import { StringDecoder } from 'node:string_decoder';
import type { OutputChunk, OutputStream } from '@shared/results';

/**
 * Hands over everything the stream has buffered at once. The engine flushes each log line as its own
 * HTTP chunk and Node's client pushes each alone: read per 'data' event, a 200,000-line log costs
 * 200,000 calls of the whole reading chain; read when readable, a few hundred.
 */
export function readBuffered(stream: NodeJS.ReadableStream, onData: (data: Buffer) => void): void {
  stream.on('readable', () => {
    for (let data = stream.read(); data !== null; data = stream.read()) {
      onData(typeof data === 'string' ? Buffer.from(data) : data);
    }
  });
}

/** Splits frames off `pending`, joining consecutive frames of one stream; returns what is left. */
function takeFrames(pending: Buffer, onRun: (name: OutputStream, payload: Buffer) => void): Buffer {
  let offset = 0;
  let run: { name: OutputStream; parts: Buffer[] } | undefined;
  const flush = () => {
    if (run) onRun(run.name, run.parts.length === 1 ? (run.parts[0] as Buffer) : Buffer.concat(run.parts));
    run = undefined;
  };
  while (pending.length - offset >= 8) {
    const size = pending.readUInt32BE(offset + 4);
    if (pending.length - offset < 8 + size) break;
    const name: OutputStream = pending[offset] === 2 ? 'stderr' : 'stdout';
    if (run?.name !== name) flush();
    run ??= { name, parts: [] };
    run.parts.push(pending.subarray(offset + 8, offset + 8 + size));
    offset += 8 + size;
  }
  flush();
  return pending.subarray(offset);
}

export function demuxText(stream: NodeJS.ReadableStream, onChunk: (chunk: OutputChunk) => void): Promise<void> {
  const decoders: Record<OutputStream, StringDecoder> = {
    stdout: new StringDecoder('utf8'),
    stderr: new StringDecoder('utf8'),
  };
  let pending: Buffer = Buffer.alloc(0);
  const emit = (name: OutputStream, text: string) => {
    if (text) onChunk({ stream: name, text });
  };
  return new Promise((resolve, reject) => {
    readBuffered(stream, (data) => {
      pending = takeFrames(pending.length > 0 ? Buffer.concat([pending, data]) : data, (name, payload) =>
        emit(name, decoders[name].write(payload)),
      );
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
