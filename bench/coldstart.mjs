// Cold start on a slow link: 150 ms round trip, 1.6 Mbit/s, the CPU slowed 4x, nothing cached.
// dist/ is served with brotli as a real host would. Prints the time to the library's heading
// beside a floor: a static page on the same link that fetches the same files and shows a
// heading when they are in. Target: the app within 1.25x of that floor.
//   node bench/coldstart.mjs        (after `trunk build --release`)
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import { extname, join } from 'node:path';

const RUNS = 5;
const DIST = process.env.KLANTREIS_DIST || 'dist';
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.json': 'application/json', '.webmanifest': 'application/manifest+json', '.svg': 'image/svg+xml', '.png': 'image/png' };
// What the library page fetches: the css, and from the build's wasm folder the loader, the
// bindings and the main module (the parts fetched on first use are not part of it).
const folder = readdirSync(DIST).find((f) => /^wasm-[0-9a-f]{16}$/.test(f));
const firstLoad = [
  ...readdirSync(DIST).filter((f) => f.endsWith('.css')),
  ...['boot.js', 'klantreis.js', '__wasm_split.js', 'klantreis_bg.wasm'].map((f) => `${folder}/${f}`),
];
const floorPage = `<!doctype html><html lang="nl"><body><script>
Promise.all(${JSON.stringify(firstLoad)}.map((f) => fetch('/' + f).then((r) => r.arrayBuffer())))
  .then(() => { const h = document.createElement('h2'); h.textContent = 'Mijn klantreizen'; document.body.append(h); });
</script></body></html>`;

const cache = new Map();
const server = createServer((req, res) => {
  const path = decodeURIComponent(req.url.split('?')[0]);
  let body, type;
  if (path === '/floor.html') {
    body = Buffer.from(floorPage); type = 'text/html';
  } else {
    const file = join(DIST, path === '/' ? 'index.html' : path);
    if (!existsSync(file)) { res.writeHead(404); res.end(); return; }
    body = readFileSync(file); type = TYPES[extname(file)] || 'application/octet-stream';
  }
  const headers = { 'content-type': type, 'cache-control': 'no-store' };
  if (/\bbr\b/.test(req.headers['accept-encoding'] || '') && !type.startsWith('image/png')) {
    if (!cache.has(path)) cache.set(path, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    body = cache.get(path); headers['content-encoding'] = 'br';
  }
  res.writeHead(200, headers); res.end(body);
});
await new Promise((ok) => server.listen(8989, '127.0.0.1', ok));

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'] });
async function timeTo(url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'nl-NL', serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 200_000 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const t0 = Date.now();
  await page.goto(url);
  await page.getByRole('heading', { name: 'Mijn klantreizen' }).waitFor({ timeout: 120_000 });
  const ms = Date.now() - t0;
  await context.close();
  return ms;
}
const app = [], floor = [];
for (let i = 0; i < RUNS; i++) {
  floor.push(await timeTo('http://127.0.0.1:8989/floor.html'));
  app.push(await timeTo('http://127.0.0.1:8989/'));
}
await browser.close();
server.close();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const bytes = firstLoad.reduce((n, f) => n + (cache.get('/' + f)?.length || 0), 0);
console.log(`Cold start, 150 ms round trip, 1.6 Mbit/s, CPU 4x slower, brotli (${(bytes / 1024).toFixed(0)} KB of wasm, js and css), median of ${RUNS}`);
console.log(`  the library's heading  ${(median(app) / 1000).toFixed(2)} s`);
console.log(`  static page, same files ${(median(floor) / 1000).toFixed(2)} s   ratio ${(median(app) / median(floor)).toFixed(2)}x   (target <= 1.25x)`);
