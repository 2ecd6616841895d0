// Patterns over 10,000 stories with 7 signifiers each (release build in headless Chromium):
// pooling and drawing every view, a filter change, the full list of pairs, and one view
// (a slider's histogram with n, mean, median and sd) beside plain JavaScript.
//   node bench/patterns.mjs        (after `trunk build --release`)
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { withApp, median, filterChanges } from './lib.mjs';

const RUNS = 9;
const file = '/tmp/klantreis-patterns-bench.json';
writeFileSync(file, execFileSync('cargo', ['run', '-q', '-p', 'klantreis-core', '--example', 'population', '--', '11', '1000', '0', '10'], { maxBuffer: 1 << 28 }));

const result = await withApp(8484, async (page) => {
  await page.locator('.import input[type=file]').setInputFiles(file);
  await page.locator('.journey-count', { hasText: '1000 klantreizen' }).waitFor({ timeout: 120_000 });
  await page.evaluate(() => { location.hash = '#/patronen'; });
  await page.locator('.figure').first().waitFor({ timeout: 120_000 });
  await page.waitForTimeout(300);
  const first = await page.evaluate(() => performance.getEntriesByName('klantreis:patterns').at(-1).duration);
  const stories = await page.locator('.selection-count').first().innerText();

  // A filter change: the teller, between "client" (a third) and everyone.
  const filter = await filterChanges(page, RUNS * 2);

  // Every pair of questions, on request.
  const pairs = await page.evaluate(() => new Promise((done) => {
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Alle paren berekenen');
    const t0 = performance.now();
    const observer = new MutationObserver(() => {
      if (document.querySelector('.pairs tbody tr')) { observer.disconnect(); document.body.offsetHeight; done(performance.now() - t0); }
    });
    observer.observe(document.body, { childList: true, subtree: true });
    button.click();
  }));

  // One view in Rust (every measure taken with all 10,000 stories selected) ...
  const rust = await page.evaluate(() => performance.getEntriesByName('klantreis:figure:seen').map((e) => e.duration)
    .filter((_, i) => i % 2 === 0));
  // ... and the same aggregation in plain JavaScript over the same answers, pooled once.
  const js = await page.evaluate(([text, runs]) => {
    const values = [];
    for (const j of JSON.parse(text).journeys) {
      for (const s of j.stories) {
        const a = s.answers?.seen;
        values.push(a && a.slider !== undefined ? a.slider : a);
      }
    }
    const times = [];
    for (let r = 0; r < runs + 3; r++) {
      const t0 = performance.now();
      const bins = Array.from({ length: 10 }, () => []);
      const numbers = [];
      let na = 0;
      values.forEach((v, i) => {
        if (typeof v === 'number') { bins[Math.min(9, Math.floor(v / 10))].push(i); numbers.push(v); } else if (v === 'not_applicable') na++;
      });
      const n = numbers.length;
      const mean = numbers.reduce((a, b) => a + b, 0) / n;
      const sorted = [...numbers].sort((a, b) => a - b);
      const median = n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
      const sd = Math.sqrt(numbers.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1));
      globalThis.__keep = [bins, mean, median, sd, na];
      times.push(performance.now() - t0);
    }
    return times.slice(3);
  }, [require_text(), RUNS]);
  return { first, stories, filter, pairs, rust, js };
});

function require_text() {
  return execFileSync('cat', [file], { maxBuffer: 1 << 28 }).toString();
}

const ms = (x) => x.toFixed(1).padStart(7) + ' ms';
console.log(`Patterns over ${result.stories} (10,000 stories x 7 signifiers), release build, headless Chromium`);
console.log(`  pool + every view, first draw      ${ms(result.first)}   (target <= 200 ms)`);
console.log(`  filter change, redraw (median ${RUNS * 2}) ${ms(median(result.filter))}   (target <= 100 ms)`);
console.log(`  all pairs of questions             ${ms(result.pairs)}   (target <= 1000 ms)`);
const r = median(result.rust), j = median(result.js);
console.log(`  one view (slider histogram, n, mean, median, sd):`);
console.log(`    Rust/wasm, including its SVG     ${ms(r)}`);
console.log(`    plain JavaScript, numbers only   ${ms(j)}   ratio ${(r / j).toFixed(2)}x`);
