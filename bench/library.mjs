// A library of 10,000 journeys (five imports of 2,000 generated journeys: a file holds at most 20 MB, 10 stories each):
// how long each import takes as the library grows, how long a reload takes to show the
// library, how long the patterns page takes to its first figure over all 100,000 stories and
// to redraw after a filter change, and the longest the page was blocked in each (Long Tasks
// API). Prints figures beside the targets of BENCHMARKS.md.
//   node bench/library.mjs [journeys per import] [imports]     (after `trunk build --release`)
import { execFileSync } from 'node:child_process';
import { writeFileSync, statSync } from 'node:fs';
import { withApp, median, filterChanges } from './lib.mjs';

const JOURNEYS = Number(process.argv[2] || 2000);
const IMPORTS = Number(process.argv[3] || 5);
const files = [];
for (let k = 0; k < IMPORTS; k++) {
  const file = `/tmp/klantreis-library-bench-${k}.json`;
  writeFileSync(file, execFileSync('cargo', ['run', '-q', '-p', 'klantreis-core', '--example', 'population', '--', String(31 + k), String(JOURNEYS), '0', '10'], { maxBuffer: 1 << 30 }));
  files.push(file);
}
const mb = (statSync(files[0]).size / 1e6).toFixed(1);

// Every task over 50 ms, from the page's start (reloads included).
const watchLongTasks = () => {
  globalThis.__long = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) globalThis.__long.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
};
// The longest task since `since` (performance.now() of this page), 0 if none over 50 ms.
const longest = (page, since) => page.evaluate((since) => Math.max(0, ...globalThis.__long.filter(([t]) => t >= since).map(([, d]) => d)), since);
const now = (page) => page.evaluate(() => performance.now());

const result = await withApp(8585, async (page) => {
  await page.addInitScript(watchLongTasks);
  await page.evaluate(watchLongTasks);
  // Reading every record of a store at once, alone: the floor under the patterns page.
  const readAll = (store) => page.evaluate(async (store) => {
    const db = await new Promise((ok, err) => { const r = indexedDB.open('klantreis'); r.onsuccess = () => ok(r.result); r.onerror = err; });
    const t0 = performance.now();
    const n = await new Promise((ok) => { const r = db.transaction(store).objectStore(store).getAll(); r.onsuccess = () => ok(r.result.length); });
    const t = performance.now() - t0;
    db.close();
    return { t, n };
  }, store);
  const kept = async () => {
    for (let tries = 0; (await readAll('pooled')).n < JOURNEYS * IMPORTS && tries < 300; tries++) await page.waitForTimeout(200);
  };
  const imports = [];
  for (const file of files) {
    const since = await now(page);
    const t0 = Date.now();
    await page.locator('.import input[type=file]').setInputFiles(file);
    await page.locator('.notice', { hasText: 'Import klaar' }).waitFor({ timeout: 300_000 });
    imports.push({ ms: Date.now() - t0, blocked: await longest(page, since) });
    // Dismiss the notice, so the next import's is the one waited for.
    await page.locator('.notice', { hasText: 'Import klaar' }).getByRole('button', { name: 'Sluiten' }).click();
  }
  // Each import keeps its journeys ready for the patterns page after it is done; a reload
  // would cut that short (the page then makes what is missing).
  await kept();
  const reload = [];
  for (let r = 0; r < 3; r++) {
    const t0 = Date.now();
    await page.reload();
    await page.getByRole('heading', { name: 'Mijn klantreizen' }).waitFor();
    await page.locator('.journey-row').first().waitFor({ timeout: 120_000 });
    const heading = Date.now() - t0;
    // The list is complete when its count says all journeys are there.
    await page.locator('.journey-count', { hasText: String(JOURNEYS * IMPORTS) }).waitFor({ timeout: 120_000 });
    reload.push({ heading, rows: Date.now() - t0, blocked: await longest(page, 0) });
  }
  const rows = await page.locator('.journey-row').count();
  const readJourneys = await readAll('journeys');
  // The patterns page over every story: from the link to the first figure drawn. The first
  // visit makes what the `pooled` store misses from the journeys; the next reads it.
  const visit = async () => {
    const since = await now(page);
    const t0 = Date.now();
    await page.evaluate(() => { location.hash = '#/patronen'; });
    await page.locator('.figure').first().waitFor({ timeout: 300_000 });
    const ms = Date.now() - t0;
    return {
      ms,
      blocked: await longest(page, since),
      pooling: await page.evaluate(() => performance.getEntriesByName('klantreis:patterns').at(-1)?.duration ?? NaN),
    };
  };
  const home = async () => {
    await page.evaluate(() => { location.hash = '#/'; });
    await page.getByRole('heading', { name: 'Mijn klantreizen' }).waitFor();
  };
  // 1. After the imports, which keep their journeys' entries.
  await home();
  await kept();
  const readPooled = await readAll('pooled');
  const imported = await visit();
  // 2. With the cache emptied, as just after the upgrade to IndexedDB layout 3: every entry
  // made from its journey (and kept once the figures are drawn).
  await home();
  await page.evaluate(async () => {
    const db = await new Promise((ok, err) => { const r = indexedDB.open('klantreis'); r.onsuccess = () => ok(r.result); r.onerror = err; });
    await new Promise((ok) => { const t = db.transaction('pooled', 'readwrite'); t.objectStore('pooled').clear(); t.oncomplete = ok; });
    db.close();
  });
  const made = await visit();
  // 3. Again, from what that visit kept.
  await kept();
  await home();
  const again = await visit();
  const readKept = await readAll('pooled');
  // A filter change over all of them.
  const filter = await filterChanges(page, 6);
  return { imports, reload, rows, imported, made, again, readJourneys, readPooled, readKept, filter };
});

const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
const blocked = (ms) => `longest task ${ms ? `${Math.round(ms)} ms` : 'under 50 ms'}`;
console.log(`Library of ${JOURNEYS * IMPORTS} journeys (${IMPORTS} imports of ${JOURNEYS}, ${mb} MB each)`);
result.imports.forEach((r, k) => console.log(`  import ${k + 1} into ${k * JOURNEYS}: ${s(r.ms).padStart(8)}, ${blocked(r.blocked)}   (target: independent of the library's size; no task > 200 ms)`));
result.reload.forEach((r) => console.log(`  reload to the list: ${s(r.rows).padStart(8)} (heading and first row ${s(r.heading)}), ${blocked(r.blocked)}   (target: <= 1 s)`));
console.log(`  rows in the page: ${result.rows}`);
const stories = JOURNEYS * IMPORTS * 10;
const visitLine = (name, v, floor) => console.log(`  patterns page over ${stories} stories, ${name}: first figure ${s(v.ms)} (reading ${floor}, pooling and views ${s(v.pooling)}), ${blocked(v.blocked)}   (target: <= 1 s at 100,000 stories; no task > 200 ms)`);
const keptFloor = `every kept entry at once ${s(result.readPooled.t)}, ${result.readPooled.n} entries`;
visitLine('after the imports', result.imported, keptFloor);
visitLine('every entry made from its journey (as after the upgrade)', result.made, `every journey at once ${s(result.readJourneys.t)}`);
visitLine('again', result.again, `every kept entry at once ${s(result.readKept.t)}, ${result.readKept.n} entries`);
console.log(`  filter change over ${stories} stories: median ${Math.round(median(result.filter))} ms, max ${Math.round(Math.max(...result.filter))} ms   (target: <= 200 ms)`);
