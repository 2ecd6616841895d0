import { defineConfig } from '@playwright/test';

// End-to-end tests against the release build in dist/, served on loopback.
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 30_000,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: 'http://127.0.0.1:8181',
    viewport: { width: 1280, height: 720 },
    locale: 'nl-NL',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    // dist/ and, at /couchdb/, a CouchDB-compatible server for the team library's tests.
    command: 'node tests/serve.mjs',
    url: 'http://127.0.0.1:8181/index.html',
    reuseExistingServer: false,
    timeout: 15_000,
  },
});
