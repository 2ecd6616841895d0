// Shared by the bench scripts: serve dist/ on loopback and drive Debian's Chromium headless.
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';

export async function withApp(port, fn, context = {}) {
  const server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', process.env.KLANTREIS_DIST || 'dist'], { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 800));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, locale: 'nl-NL', ...context });
    page.on('pageerror', (e) => console.log('pageerror:', e.message));
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.getByRole('heading', { name: 'Mijn klantreizen' }).waitFor();
    return await fn(page);
  } finally {
    await browser.close();
    server.kill();
  }
}

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
