// A user's clone has nothing beside it: no file the product, its scripts or its tests use may read
// a path above the repository root (issue 7: the seed text was read from ../shared).
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outsideReferences, scanRepository } from './outside-paths';

const root = resolve(__dirname, '../../..');
const at = (path: string) => resolve(root, path);
// The developers' folder beside the repository, spelled out only when a sample needs it.
const beside = (folder: string) => ['shared', folder].join('/');

describe('the repository is self-contained', () => {
  it('has no reference to a path above its root in src, tests, scripts, resources, .ci or .github', () => {
    // This file builds examples of bad references on purpose.
    expect(scanRepository(root, [__filename])).toEqual([]);
  });

  it('finds the references that escape, from where each kind of file is read', () => {
    const hits = (file: string, text: string) => outsideReferences(root, at(file), text).map((hit) => hit.text);
    expect(hits('tests/unit/lessons/x.test.ts', `resolve(__dirname, '../../../../${beside('seed')}/a.txt')`)).toEqual([
      beside('seed'),
      `../../../../${beside('seed')}/a.txt`,
    ]);
    expect(hits('tests/unit/lessons/x.test.ts', "readFileSync('../../../../README.md')")).toEqual([
      '../../../../README.md',
    ]);
    expect(hits('.github/workflows/release.yml', 'run: cat ../notes.md')).toEqual(['../notes.md']);
    expect(hits('.ci/run', 'cd ..')).toEqual(['..']);
    expect(hits('.ci/run', 'cp "../x" .')).toEqual(['../x']);
    expect(hits('tests/kit/lib.sh', 'DATA=$ROOT/../data')).toEqual(['ROOT/..']);
    expect(hits('scripts/start.mjs', "const up = resolve(root, '..');")).toEqual(["root, '.."]);
    expect(hits('src/main/x.ts', `see ../${beside('notes')}/docker-facts.md`)).toEqual([beside('notes')]);
  });

  it('lets paths that stay inside through', () => {
    const hits = (file: string, text: string) => outsideReferences(root, at(file), text);
    expect(hits('tests/unit/lessons/x.test.ts', "import { a } from '../../../src/main/lessons/catalog';")).toEqual([]);
    expect(hits('tests/kit/lib.sh', 'ROOT=$(cd "$KIT_DIR/../.." && pwd)')).toEqual([]);
    expect(hits('.ci/run', 'cd "$(dirname "$0")/.."')).toEqual([]);
    expect(hits('src/renderer/src/app/x.ts', "import { y } from '@shared/contract';")).toEqual([]);
  });
});
