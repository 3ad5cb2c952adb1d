// Finds references to paths above the repository root: a clone must hold everything it reads.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

export const CHECKED_FOLDERS = ['src', 'tests', 'scripts', 'resources', '.ci', '.github'];

// Folders beside the repository that only a developer's machine has.
const SIBLINGS = /\bshared\/(?:seed|notes)\b/;
// A `..` chain as a relative path: `../x`, `../../`, or a bare `..` closing a string or a word.
const RELATIVE = /(?<![\w./$})\]])(?:\.\.[\\/])+[^\s"'`)]*|(?<![\w./$})\]])\.\.(?=["'`\s]|$)/g;
// A parent of the repository root itself: a root variable followed by a `..` segment.
const ABOVE_ROOT = /\b(?:ROOT|root|repoRoot|REPO_ROOT)\b["'}]?\s*(?:\/|,\s*["'])\.\.(?![\w.])/;

export interface OutsideReference {
  file: string;
  line: number;
  text: string;
}

/** References in `text` (the file `file`, inside `root`) that point above `root`. */
export function outsideReferences(root: string, file: string, text: string): OutsideReference[] {
  const found: OutsideReference[] = [];
  // Workflows and .ci scripts run from the repository root; other files' paths are relative to themselves.
  const base = /^(?:\.github|\.ci)[\\/]/.test(relative(root, file)) ? root : dirname(file);
  text.split('\n').forEach((lineText, index) => {
    const hit = (match: string) => found.push({ file: relative(root, file), line: index + 1, text: match });
    const sibling = SIBLINGS.exec(lineText);
    if (sibling) hit(sibling[0]);
    const aboveRoot = ABOVE_ROOT.exec(lineText);
    if (aboveRoot) hit(aboveRoot[0]);
    for (const match of lineText.matchAll(RELATIVE)) {
      const target = resolve(base, match[0]);
      if (target !== root && !target.startsWith(root + sep)) hit(match[0]);
    }
  });
  return found;
}

function* textFiles(folder: string): Generator<string> {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') yield* textFiles(path);
    } else if (entry.isFile()) {
      yield path;
    }
  }
}

/** Every outside reference in the checked folders of `root`, skipping binary files and `except`. */
export function scanRepository(root: string, except: string[] = []): OutsideReference[] {
  const found: OutsideReference[] = [];
  for (const folder of CHECKED_FOLDERS) {
    let files: Generator<string>;
    try {
      files = textFiles(join(root, folder));
      for (const file of files) {
        if (except.includes(file)) continue;
        const bytes = readFileSync(file);
        if (bytes.includes(0)) continue;
        found.push(...outsideReferences(root, file, bytes.toString('utf8')));
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return found;
}
