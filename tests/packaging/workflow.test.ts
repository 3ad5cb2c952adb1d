/** The release workflow's shape, checked here because it only ever runs on GitHub's runners. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
}
interface Job {
  'runs-on': string;
  strategy?: { matrix?: { os?: string[] } };
  steps: Step[];
}
interface Workflow {
  on: { push?: { tags?: string[] }; workflow_dispatch?: unknown };
  jobs: Record<string, Job>;
}

const file = resolve(__dirname, '../../.github/workflows/release.yml');
const document = parseDocument(readFileSync(file, 'utf8'));
const workflow = document.toJS() as Workflow;
const jobs = Object.values(workflow.jobs ?? {});
const steps = jobs.flatMap((job) => job.steps);
const runs = (pattern: RegExp) => steps.filter((step) => pattern.test(step.run ?? ''));

describe('release workflow', () => {
  it('is valid YAML', () => {
    expect(document.errors).toEqual([]);
    expect(document.warnings).toEqual([]);
  });

  it('runs on version tags and by hand', () => {
    expect(workflow.on.push?.tags).toContain('v*');
    expect(workflow.on).toHaveProperty('workflow_dispatch');
  });

  it('builds on Linux, Windows and macOS', () => {
    expect(jobs.length).toBeGreaterThan(0);
    for (const job of jobs) {
      expect(job.strategy?.matrix?.os).toEqual(
        expect.arrayContaining(['ubuntu-latest', 'windows-latest', 'macos-latest']),
      );
      expect(job['runs-on']).toMatch(/^\$\{\{\s*matrix\.os\s*\}\}$/);
    }
  });

  it('has steps that each either use an action pinned to a major version or run a command', () => {
    for (const step of steps) {
      expect(Boolean(step.uses) !== Boolean(step.run), JSON.stringify(step)).toBe(true);
      if (step.uses) expect(step.uses).toMatch(/^[\w.-]+\/[\w.-]+@v\d+$/);
    }
  });

  it('only tests for OS names the runners report', () => {
    for (const step of steps.filter((candidate) => candidate.if)) {
      for (const [, os] of step.if?.matchAll(/runner\.os [!=]= '([^']*)'/g) ?? [])
        expect(['Linux', 'Windows', 'macOS']).toContain(os);
    }
  });

  it('installs with npm ci on Node 22, then runs the unit tests and, on Linux, the desktop end-to-end tests', () => {
    expect(steps.find((step) => step.uses?.startsWith('actions/setup-node@'))?.with?.['node-version']).toBe(22);
    expect(runs(/^npm ci$/)).toHaveLength(1);
    expect(runs(/npx vitest run --project unit/).length).toBeGreaterThan(0);
    const e2e = runs(/xvfb-run -a npx playwright test --project electron/);
    expect(e2e.map((step) => step.if)).toEqual(["runner.os == 'Linux'"]);
  });

  it('builds each OS its installers, never publishing, and uploads them', () => {
    const installers = {
      Linux: 'npx electron-builder --linux AppImage deb --publish never',
      Windows: 'npx electron-builder --win nsis --publish never',
      macOS: 'npx electron-builder --mac dmg --x64 --arm64 --publish never',
    };
    for (const [os, command] of Object.entries(installers)) {
      const step = steps.find((candidate) => candidate.run?.trim() === command);
      expect(step?.if, command).toBe(`runner.os == '${os}'`);
    }
    const upload = steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'));
    expect(String(upload?.with?.path)).toMatch(/^dist\//m);
  });
});
