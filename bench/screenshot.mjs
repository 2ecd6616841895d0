// Takes screenshots of the main screens for a visual check: node bench/screenshot.mjs [outdir]
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';

const out = process.argv[2] || 'bench/out';
const server = spawn('python3', ['-m', 'http.server', '8282', '--bind', '127.0.0.1', '--directory', 'dist'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  page.on('console', (m) => console.log('console:', m.type(), m.text()));
  page.on('pageerror', (e) => console.log('pageerror:', e.message));
  await page.goto('http://127.0.0.1:8282/');
  await page.getByRole('button', { name: 'Open als kopie' }).first().waitFor();
  await page.screenshot({ path: `${out}/library.png` });
  await page.getByRole('button', { name: 'Open als kopie' }).first().click();
  await page.locator('.card').first().waitFor();
  await page.locator('.card').nth(2).click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${out}/editor.png` });
} finally {
  await browser.close();
  server.kill();
}
