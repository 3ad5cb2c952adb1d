/** A small JSON file in the app's data folder, validated on read and replaced atomically on write. */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { z } from 'zod';

export class JsonStore<T> {
  private readonly file: string;
  private value: T;

  constructor(
    dataDir: string,
    name: string,
    private readonly schema: z.ZodType<T>,
    fallback: T,
  ) {
    this.file = join(dataDir, name);
    this.value = this.load() ?? fallback;
  }

  get(): T {
    return this.value;
  }

  set(value: T): T {
    this.value = this.schema.parse(value);
    mkdirSync(dirname(this.file), { recursive: true });
    const temporary = `${this.file}.tmp`;
    writeFileSync(temporary, JSON.stringify(this.value, null, 2));
    renameSync(temporary, this.file); // never leave a half-written file behind
    return this.value;
  }

  private load(): T | undefined {
    try {
      const parsed = this.schema.safeParse(JSON.parse(readFileSync(this.file, 'utf8')));
      return parsed.success ? parsed.data : undefined;
    } catch {
      return undefined;
    }
  }
}
