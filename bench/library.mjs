// A library of 6,000 journeys (three imports of 2,000 generated journeys, 10 stories each):
// how long each import takes as the library grows, how long a reload takes to show the
// library, and how long the patterns page takes to its first figure over all 60,000 stories. Prints figures beside the targets of BENCHMARKS.md.
//   node bench/library.mjs        (after `trunk build --release`)
import { execFileSync } from 'node:child_process';
import { writeFileSync, statSync } from 'node:fs';
import { withApp } from './lib.mjs';

const JOURNEYS = Number(process.argv[2] || 2000);
const IMPORTS = Number(process.argv[3] || 3);
const files = [];
for (let k = 0; k < IMPORTS; k++) {
  const file = `/tmp/klantreis-library-bench-${k}.json`;
  writeFileSync(file, execFileSync('cargo', ['run', '-q', '-p', 'klantreis-core', '--example', 'population', '--', String(31 + k), String(JOURNEYS), '0', '10'], { maxBuffer: 1 << 30 }));
  files.push(file);
}
const mb = (statSync(files[0]).size / 1e6).toFixed(1);

const result = await withApp(8585, async (page) => {
  const imports = [];
  for (const file of files) {
    const t0 = Date.now();
    await page.locator('.import input[type=file]').setInputFiles(file);
    await page.locator('.notice', { hasText: 'Import klaar' }).waitFor({ timeout: 300_000 });
    imports.push(Date.now() - t0);
    // Dismiss the notice, so the next import's is the one waited for.
    await page.locator('.notice', { hasText: 'Import klaar' }).getByRole('button', { name: 'Sluiten' }).click();
  }
  const reload = [];
  for (let r = 0; r < 3; r++) {
    const t0 = Date.now();
    await page.reload();
    await page.getByRole('heading', { name: 'Mijn klantreizen' }).waitFor();
    await page.locator('.journey-row').first().waitFor({ timeout: 120_000 });
    const heading = Date.now() - t0;
    // The list is complete when its count says all journeys are there.
    await page.locator('.journey-count', { hasText: String(JOURNEYS * IMPORTS) }).waitFor({ timeout: 120_000 });
    reload.push({ heading, rows: Date.now() - t0 });
  }
  const rows = await page.locator('.journey-row').count();
  // Reading every record as the patterns page does, alone: the floor under its first figure.
  const readAll = await page.evaluate(async () => {
    const db = await new Promise((ok, err) => { const r = indexedDB.open('klantreis'); r.onsuccess = () => ok(r.result); r.onerror = err; });
    const t0 = performance.now();
    await new Promise((ok) => { const r = db.transaction('journeys').objectStore('journeys').getAll(); r.onsuccess = () => ok(r.result.length); });
    const t = performance.now() - t0;
    db.close();
    return t;
  });
  // The patterns page over every story: from the link to the first figure drawn.
  const t0 = Date.now();
  await page.evaluate(() => { location.hash = '#/patronen'; });
  await page.locator('.figure').first().waitFor({ timeout: 300_000 });
  const patterns = Date.now() - t0;
  const pooling = await page.evaluate(() => performance.getEntriesByName('klantreis:patterns').at(-1)?.duration ?? NaN);
  return { imports, reload, rows, patterns, pooling, readAll };
});

const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
console.log(`Library of ${JOURNEYS * IMPORTS} journeys (${IMPORTS} imports of ${JOURNEYS}, ${mb} MB each)`);
result.imports.forEach((ms, k) => console.log(`  import ${k + 1} into ${k * JOURNEYS}: ${s(ms).padStart(8)}   (target: independent of the library's size)`));
result.reload.forEach((r) => console.log(`  reload to the list: ${s(r.rows).padStart(8)} (heading and first row ${s(r.heading)})   (target: <= 1 s)`));
console.log(`  rows in the page: ${result.rows}`);
console.log(`  patterns page over ${JOURNEYS * IMPORTS * 10} stories: first figure ${s(result.patterns)} (reading every record ${s(result.readAll)}, pooling and views ${s(result.pooling)})   (target: <= 1 s at 100,000 stories)`);
