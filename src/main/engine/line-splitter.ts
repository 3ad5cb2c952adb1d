/** Text arriving in arbitrary chunks → whole lines; a partial line waits for its newline (or the end). */
import { StringDecoder } from 'node:string_decoder';

export class LineSplitter {
  private readonly decoder = new StringDecoder('utf8');
  private partial = '';

  constructor(private readonly onLine: (line: string) => void) {}

  write(data: Buffer | string): void {
    this.push(typeof data === 'string' ? data : this.decoder.write(data));
  }

  /** Emits what is left as a last line. */
  end(): void {
    this.push(this.decoder.end());
    if (this.partial) this.onLine(this.partial);
    this.partial = '';
  }

  private push(text: string): void {
    const lines = (this.partial + text).split('\n');
    this.partial = lines.pop() ?? '';
    for (const line of lines) this.onLine(line);
  }
}
