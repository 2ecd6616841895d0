import { defineConfig } from '@playwright/test';

// E2E_PORT and COUCH_PORT move the servers, so a second run can go beside the first.
const PORT = process.env.E2E_PORT || '8181';
process.env.COUCH_PORT ||= '5985';

// End-to-end tests against the release build in dist/, served on loopback.
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 30_000,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
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
    command: `PORT=${PORT} node tests/serve.mjs`,
    url: `http://127.0.0.1:${PORT}/index.html`,
    reuseExistingServer: false,
    timeout: 15_000,
  },
});
