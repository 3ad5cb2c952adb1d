// End-to-end tests, one set of specs for both ways of running the app. `browser`: browser mode in
// Debian's Chromium (never a downloaded browser: do not run `playwright install`). `electron`: the
// desktop app, where an Electron binary exists; elsewhere its tests are skipped (see tests/e2e/fixtures.ts).
import { defineConfig } from '@playwright/test';
import { kitTool } from './tests/kit/tools';

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Chromium 156 loads its omnibox popup's WebUI (~20 scripts in a renderer of its own) for every new window:
  // work that competes with the page under test, and that Electron has no part of.
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup,PreloadTopChromeWebUI',
];

export default defineConfig({
  testDir: 'tests/e2e',
  // Not test-results/ itself: Playwright empties its output folder, and the unit and engine reports live there.
  outputDir: 'test-results/e2e-artifacts',
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'test-results/e2e-report' }]],
  // One Docker engine, fixed names and port 3000: the lessons cannot run side by side.
  workers: 1,
  fullyParallel: false,
  timeout: 120_000,
  // One retry: a real engine and a real browser on a busy 2-core machine. A test that passed only on its
  // retry is reported as flaky (list reporter, and npm test's summary names the count), never hidden.
  retries: 1,
  expect: { timeout: 15_000 },
  use: { trace: 'retain-on-failure', screenshot: 'only-on-failure' },
  projects: [
    {
      name: 'browser',
      use: {
        browserName: 'chromium',
        baseURL: process.env.E2E_BASE_URL,
        launchOptions: { executablePath: process.env.E2E_CHROMIUM ?? kitTool('chromium'), args: chromiumArgs },
      },
    },
    // Specs in tests/e2e/browser-mode test browser mode itself (its origins, its engine going away): not Electron's.
    { name: 'electron', testIgnore: 'browser-mode/**' },
  ],
});
