import { defineConfig } from '@playwright/test';

// Debian's Chromium: Playwright cannot download its own browsers here.
const CHROMIUM_ARGS = [
  '--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic',
];

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/playwright',
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: process.env['PLAYWRIGHT_JSON_OUTPUT_NAME'] ?? 'test-results/playwright.json' }]],
  projects: [
    {
      name: 'chromium',
      testIgnore: /.*\.electron\.spec\.ts/,
      use: {
        browserName: 'chromium',
        launchOptions: { executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: CHROMIUM_ARGS },
        // The app's default window (DESIGN.md): every screen must work at it.
        viewport: { width: 1280, height: 820 },
      },
    },
    // Last: it rebuilds the native modules for Electron and back for Node.
    { name: 'electron', testMatch: /.*\.electron\.spec\.ts/, dependencies: ['chromium'] },
  ],
});
