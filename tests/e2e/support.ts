/** Helpers for the end-to-end specs: the docker CLI and the lab against the private engine, screenshots, steps. */
import { execFile } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import { labelsFor } from '../../src/main/lessons/safety/labels';
import { expect } from './fixtures';

const run = promisify(execFile);
const repoRoot = resolve(__dirname, '../..');
export const screenshotDir = resolve(repoRoot, 'test-results/screenshots');

function privateEngine(): NodeJS.ProcessEnv {
  const host = process.env.DOCKER_HOST ?? '';
  if (!host.endsWith('/.test-engine/docker.sock'))
    throw new Error(`end-to-end tests need the private test engine (DOCKER_HOST=${host})`);
  return { ...process.env, DOCKER_HOST: host };
}

export async function docker(...args: string[]): Promise<string> {
  return (await run('docker', args, { env: privateEngine() })).stdout.trim();
}

/** `docker run` options that label a container as the app's own, so the app shows its logs and a reset removes it. */
export const appLabelOptions = (lesson: string): string[] =>
  Object.entries(labelsFor({ lesson })).flatMap(([key, value]) => ['--label', `${key}=${value}`]);

/** Removes what the app created, with the headless runner (the same code as the app). */
export async function resetLessons(): Promise<void> {
  await run(process.execPath, ['out/main/lab.js', 'reset'], { cwd: repoRoot, env: privateEngine() });
}

export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: resolve(screenshotDir, `${name}.png`), fullPage: false });
}

export async function openStep(page: Page, lesson: string, step: string): Promise<void> {
  await page.getByTestId(`nav-step-${lesson}-${step}`).click();
  await expect(page.getByTestId(`step-${lesson}-${step}`)).toBeVisible();
}

/** Runs the open step and waits until every check of every action has a verdict; returns the step. */
export async function runStep(page: Page, lesson: string, step: string) {
  await openStep(page, lesson, step);
  const view = page.getByTestId(`step-${lesson}-${step}`);
  await view.getByTestId('run-step').click();
  await expect(view.getByTestId('step-outcome')).toBeVisible({ timeout: 90_000 });
  return view;
}

/** Every check in the step passed. */
export async function expectAllChecksPassed(view: ReturnType<Page['getByTestId']>): Promise<void> {
  const checks = view.locator('[data-testid^="check-"]');
  await expect(checks.first()).toBeVisible();
  const verdicts = await checks.evaluateAll((nodes) =>
    nodes.map((n) => `${n.getAttribute('data-testid')}=${n.getAttribute('data-ok')}`),
  );
  expect(verdicts.filter((v) => !v.endsWith('=true'))).toEqual([]);
}
