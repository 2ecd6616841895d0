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

// A filter change on the patterns page, `times` over: the teller of selection A between
// "client" and everyone, from the change to the frame after the redraw.
export async function filterChanges(page, times) {
  const out = [];
  for (let i = 0; i < times; i++) {
    out.push(await page.evaluate((value) => new Promise((done) => {
      const group = [...document.querySelectorAll('fieldset')].find((f) => f.querySelector('legend')?.textContent === 'Selectie A');
      const select = [...group.querySelectorAll('.field')].find((f) => f.textContent.startsWith('Verteld door')).querySelector('select');
      const t0 = performance.now();
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      requestAnimationFrame(() => setTimeout(() => done(performance.now() - t0)));
    }), i % 2 === 0 ? 'client' : ''));
  }
  return out;
}
