/** The lines typed in the Explore terminal, per lesson, kept in localStorage; ↑ and ↓ walk them. */
const limit = 200;
const keyOf = (lesson: string) => `explore-history:${lesson}`;

function load(storage: Storage, lesson: string): string[] {
  try {
    const saved: unknown = JSON.parse(storage.getItem(keyOf(lesson)) ?? '[]');
    return Array.isArray(saved) ? saved.filter((line): line is string => typeof line === 'string') : [];
  } catch {
    return [];
  }
}

export class History {
  private readonly lines: string[];
  /** Where ↑/↓ stand: lines.length is the line being typed. */
  private index: number;
  private draft = '';

  constructor(
    readonly lesson: string,
    private readonly storage: Storage = localStorage,
  ) {
    this.lines = load(storage, lesson);
    this.index = this.lines.length;
  }

  /** A line was entered: kept (once, if typed twice in a row), and ↑ starts from it. */
  add(line: string): void {
    if (line.trim() && this.lines.at(-1) !== line) {
      this.lines.push(line);
      this.lines.splice(0, Math.max(0, this.lines.length - limit));
      this.storage.setItem(keyOf(this.lesson), JSON.stringify(this.lines));
    }
    this.index = this.lines.length;
    this.draft = '';
  }

  /** ↑: the line before; `current` is kept to come back to. Undefined at the oldest. */
  older(current: string): string | undefined {
    if (this.index === 0) return undefined;
    if (this.index === this.lines.length) this.draft = current;
    this.index -= 1;
    return this.lines[this.index];
  }

  /** ↓: the line after, and past the newest the line that was being typed. */
  newer(): string | undefined {
    if (this.index >= this.lines.length) return undefined;
    this.index += 1;
    return this.index === this.lines.length ? this.draft : this.lines[this.index];
  }
}
