// The Electronegativity gate: the pinned tool in tools/electronegativity scans src/, and any finding
// not reviewed in accepted-findings.json fails, as does a reviewed entry that matches nothing any more.
// The tool exits 0 whatever it finds, so this reads its report, checks that it scanned every source
// file, and runs it on a deliberately insecure canary to prove the checks that stay silent on src/ work.
// SECURITY.md cites tests by file and name; the last test keeps those citations true.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../src/main/web/static-files';

interface Finding {
  id: string;
  file: string;
  line: number;
  column: number;
  severity: string;
  confidence: string;
  sample?: string;
  description: string;
}
interface Report {
  tool: string;
  electronVersion: string;
  files: string[];
  checks: { global: number; atomic: number };
  errors: Array<{ file: string; message: string; tolerable: boolean }>;
  issues: Finding[];
}
interface Accepted {
  check: string;
  file: string;
  match: string;
  reason: string;
}

const root = resolve(__dirname, '../..');
const src = join(root, 'src');
const tool = join(root, 'tools/electronegativity');
const reviewed: { skippedChecks: Array<{ check: string; reason: string }>; accepted: Accepted[] } = JSON.parse(
  readFileSync(join(__dirname, 'accepted-findings.json'), 'utf8'),
);
const electronVersion: string = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies.electron;

const work = mkdtempSync(join(tmpdir(), 'ct-electronegativity-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function scan(input: string, name: string): Promise<Report> {
  const out = join(work, `${name}.json`);
  const skip = reviewed.skippedChecks.map((entry) => entry.check).join(',');
  await promisify(execFile)(process.execPath, [join(tool, 'scan.cjs'), input, electronVersion, out, skip], {
    cwd: tool,
    env: { ...process.env, LANG: 'en-US' },
    timeout: 120_000,
  });
  return JSON.parse(readFileSync(out, 'utf8'));
}

/** What the tool reads: scripts, pages and package manifests. */
function sourceFiles(dir: string): string[] {
  const read = (name: string) =>
    ['.ts', '.tsx', '.js', '.jsx', '.html', '.htm'].includes(extname(name)) ||
    ['package.json', 'package-lock.json', 'yarn.lock'].includes(name);
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && read(entry.name))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

function sourceLine(finding: Finding): string {
  const file = join(src, finding.file);
  return existsSync(file) ? (readFileSync(file, 'utf8').split('\n')[finding.line - 1] ?? '') : '';
}

function matches(entry: Accepted, finding: Finding): boolean {
  if (entry.check !== finding.id || entry.file !== finding.file) return false;
  return Boolean(finding.sample?.includes(entry.match)) || sourceLine(finding).includes(entry.match);
}

const show = (f: Finding) =>
  `${f.id} ${f.file}:${f.line} [${f.severity}/${f.confidence}] ${f.description}: ${f.sample ?? sourceLine(f).trim()}`;

let report: Report;
let canary: Report;
beforeAll(async () => {
  if (!existsSync(join(tool, 'node_modules/@doyensec/electronegativity')))
    throw new Error('Electronegativity is not installed: (cd tools/electronegativity && npm ci)');
  [report, canary] = await Promise.all([scan(src, 'report'), scanCanary(join(work, 'canary'))]);
});

/** A main process with none of the app's hardening: an unisolated, unsandboxed window, nothing else. */
async function scanCanary(dir: string): Promise<Report> {
  mkdirSync(dir);
  writeFileSync(
    join(dir, 'main.ts'),
    "import { BrowserWindow } from 'electron';\nexport const w = new BrowserWindow({ webPreferences: { contextIsolation: false, sandbox: false } });\n",
  );
  return scan(dir, 'canary');
}

describe('electronegativity on src/', () => {
  it('ran every check on every source file, for the Electron version the app uses', () => {
    expect(electronVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(report.electronVersion).toBe(electronVersion);
    expect(report.checks.atomic).toBeGreaterThan(0);
    expect(report.checks.global).toBeGreaterThan(0);
    expect(report.files).toEqual(sourceFiles(src));
    expect(report.files).toEqual(
      expect.arrayContaining(['main/shell/window.ts', 'preload/index.ts', 'renderer/index.html']),
    );
    // A file the tool cannot parse is not checked at all.
    expect(report.errors.filter((error) => !error.tolerable)).toEqual([]);
  });

  it('finds nothing beyond the reviewed allow-list', () => {
    const unreviewed = report.issues.filter((finding) => !reviewed.accepted.some((entry) => matches(entry, finding)));
    expect(unreviewed.map(show), 'review each: fix it, or accept it in tests/security/accepted-findings.json').toEqual(
      [],
    );
  });

  it('has no stale or ambiguous entries in the allow-list, and each says why it is safe', () => {
    const stale = reviewed.accepted.filter((entry) => report.issues.filter((f) => matches(entry, f)).length !== 1);
    expect(stale, 'each entry must match exactly one finding').toEqual([]);
    for (const entry of [...reviewed.accepted, ...reviewed.skippedChecks])
      expect(entry.reason.length).toBeGreaterThan(40);
  });

  it("checks the header CSP through the meta tag's: the tool cannot read the constant, so the two stay equal", () => {
    const meta = readFileSync(join(src, 'renderer/index.html'), 'utf8').match(/content="([^"]*default-src[^"]*)"/)?.[1];
    // frame-ancestors is ignored in a meta tag; the header adds it.
    expect(`${meta}; frame-ancestors 'none'`).toBe(contentSecurityPolicy);
  });
});

describe('electronegativity on an insecure canary', () => {
  it('reports what src/ is free of: isolation, sandbox, navigation limits, permission handler, CSP', () => {
    const ids = new Set(canary.issues.map((finding) => finding.id));
    for (const id of [
      'CONTEXT_ISOLATION_JS_CHECK',
      'SANDBOX_JS_CHECK',
      'LIMIT_NAVIGATION_GLOBAL_CHECK',
      'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK',
      'CSP_GLOBAL_CHECK',
    ]) {
      expect(ids, id).toContain(id);
    }
  });
});

describe('SECURITY.md', () => {
  it('cites only tests that exist, by file and name', () => {
    const text = readFileSync(join(root, 'SECURITY.md'), 'utf8');
    const cited = [...text.matchAll(/`(tests\/[\w./-]+\.test\.ts)`((?:\s+›\s+`[^`]+`,?)+)/g)].flatMap(
      ([, file, names]) =>
        [...(names ?? '').matchAll(/› `([^`]+)`/g)].map(([, name]) => ({ file: file ?? '', name: name ?? '' })),
    );
    expect(cited.length).toBeGreaterThan(20);
    const missing = cited.filter(({ file, name }) => {
      const path = join(root, file);
      return !existsSync(path) || !readFileSync(path, 'utf8').includes(name);
    });
    expect(missing).toEqual([]);
  });
});
