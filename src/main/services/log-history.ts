/**
 * The log lines the app has seen, kept in the main process where they are cheap: columns in chunks
 * (a string per text and time, a small number per source) instead of an object per line, numbered by
 * `seq`, bounded by an estimate of their bytes (whole chunks of the oldest lines go first).
 */
import type { LogBatch, LogLine, LogPage, LogSource } from '@shared/contract';

const chunkLines = 4096;
/** Per line, besides its characters: the strings' headers, the columns' slots (measured: about 2.5x a bare estimate). */
const lineOverhead = 112;
export const defaultBudgetBytes = 32 * 1024 * 1024;

interface Chunk {
  first: number;
  text: string[];
  time: string[];
  source: Uint32Array;
  bytes: number;
}

export interface PageQuery {
  /** Only lines before this seq (all when omitted). */
  before?: number;
  /** Only lines from this seq on. */
  from?: number;
  query?: string;
  limit: number;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class LogHistory {
  private readonly chunks: Chunk[] = [];
  private readonly sources: LogSource[] = [];
  private readonly sourceIndex = new Map<string, number>();
  /** The source of the line appended last: a flood comes from one source, line after line. */
  private lastSource = -1;
  private bytes = 0;
  /** The seq the next line gets. */
  private nextSeq = 0;

  constructor(private readonly budgetBytes = defaultBudgetBytes) {}

  /** The oldest line still kept (equal to `next` when there is none). */
  get first(): number {
    return this.chunks[0]?.first ?? this.nextSeq;
  }

  get next(): number {
    return this.nextSeq;
  }

  /** An estimate of what the kept lines take. */
  get sizeBytes(): number {
    return this.bytes;
  }

  append(line: LogLine): void {
    let chunk = this.chunks.at(-1);
    if (!chunk || chunk.text.length === chunkLines) {
      chunk = { first: this.nextSeq, text: [], time: [], source: new Uint32Array(chunkLines), bytes: 0 };
      this.chunks.push(chunk);
    }
    chunk.source[chunk.text.length] = this.sourceOf(line);
    chunk.text.push(line.text);
    chunk.time.push(line.time);
    const bytes = line.text.length + line.time.length + lineOverhead;
    chunk.bytes += bytes;
    this.bytes += bytes;
    this.nextSeq++;
    while (this.bytes > this.budgetBytes && this.chunks.length > 1) this.bytes -= this.chunks.shift()?.bytes ?? 0;
  }

  /**
   * Up to `max` consecutive lines from `from` on (from the oldest kept, if those are gone), and no more
   * than about `maxChars` of text: a frame of long lines stays as small as one of short ones.
   */
  read(from: number, max: number, maxChars = Number.POSITIVE_INFINITY): LogBatch {
    const batch = new BatchBuilder(this.sources);
    const end = Math.min(this.nextSeq, Math.max(from, this.first) + max);
    let chars = 0;
    for (let seq = Math.max(from, this.first); seq < end && chars < maxChars; seq++) chars += this.add(batch, seq);
    return batch.batch;
  }

  /** The newest `limit` lines in [from, before) that match `query`, oldest first. */
  page({ before, from = 0, query, limit }: PageQuery): LogPage {
    const matches = this.matcher(query);
    const found: number[] = [];
    const low = Math.max(from, this.first);
    let seq = Math.min(before ?? this.nextSeq, this.nextSeq) - 1;
    for (; seq >= low && found.length < limit; seq--) if (matches(seq)) found.push(seq);
    const batch = new BatchBuilder(this.sources);
    for (let i = found.length - 1; i >= 0; i--) this.add(batch, found[i] as number);
    return { ...batch.batch, more: seq >= low };
  }

  private matcher(query: string | undefined): (seq: number) => boolean {
    const needle = query?.trim();
    if (!needle) return () => true;
    const pattern = new RegExp(escapeRegExp(needle), 'i');
    const bySource = this.sources.map((source) => pattern.test(source.container));
    return (seq) => {
      const [chunk, i] = this.locate(seq);
      return bySource[chunk.source[i] as number] === true || pattern.test(chunk.text[i] as string);
    };
  }

  /** Adds a kept line to the batch; answers its length. */
  private add(batch: BatchBuilder, seq: number): number {
    const [chunk, i] = this.locate(seq);
    const text = chunk.text[i] as string;
    batch.add(seq, chunk.source[i] as number, text, chunk.time[i] as string);
    return text.length;
  }

  /** The chunk holding a kept line, and the line's place in it (chunks are full but the last). */
  private locate(seq: number): [Chunk, number] {
    const first = this.chunks[0] as Chunk;
    const chunk = this.chunks[Math.floor((seq - first.first) / chunkLines)] as Chunk;
    return [chunk, seq - chunk.first];
  }

  private sourceOf(line: LogLine): number {
    const last = this.sources[this.lastSource];
    if (last && sameSource(last, line)) return this.lastSource;
    const key = `${line.containerId}\u0000${line.container}\u0000${line.stream}`;
    let index = this.sourceIndex.get(key);
    if (index === undefined) {
      index = this.sources.length;
      const { containerId, container, node, stream } = line;
      this.sources.push({ containerId, container, ...(node ? { node } : {}), stream });
      this.sourceIndex.set(key, index);
    }
    this.lastSource = index;
    return index;
  }
}

const sameSource = (source: LogSource, line: LogLine) =>
  source.containerId === line.containerId && source.container === line.container && source.stream === line.stream;

/** A batch's columns, with only the sources its lines come from. */
class BatchBuilder {
  readonly batch: LogBatch = { sources: [], seq: [], source: [], text: [], time: [] };
  private readonly local = new Map<number, number>();

  constructor(private readonly sources: readonly LogSource[]) {}

  add(seq: number, source: number, text: string, time: string): void {
    let local = this.local.get(source);
    if (local === undefined) {
      local = this.batch.sources.length;
      this.batch.sources.push(this.sources[source] as LogSource);
      this.local.set(source, local);
    }
    this.batch.seq.push(seq);
    this.batch.source.push(local);
    this.batch.text.push(text);
    this.batch.time.push(time);
  }
}
