// Where a key press goes on a 200-touchpoint map: a CPU profile of typing in a touchpoint's
// title (self time per function, and who calls removeAttribute/setAttribute/addEventListener),
// plus a count of the DOM attribute writes per element kind.
//   KLANTREIS_DIST=/tmp/distp node bench/profile.mjs
// For function names, build with them kept (scripts/wasm.mjs) into another folder:
//   KLANTREIS_PROFILE=1 trunk build --release --dist /tmp/distp
import { withApp } from './lib.mjs';
import { execFileSync } from 'node:child_process';
const json = execFileSync('cargo', ['run', '-q', '-p', 'klantreis-core', '--example', 'large_journey', '--', '200', '12']).toString().trim();
await withApp(8787, async (page) => {
  await page.evaluate(async (json) => {
    const j = JSON.parse(json).journey;
    const record = { id: j.id, rev: 1, schema: 1, title: j.title, persona: j.persona.name, updated: 0, touchpoints: j.touchpoints.length, agencies: j.agencies.length, json };
    const db = await new Promise((ok, err) => { const r = indexedDB.open('klantreis'); r.onsuccess = () => ok(r.result); r.onerror = err; });
    await new Promise((ok, err) => { const tx = db.transaction('journeys', 'readwrite'); tx.objectStore('journeys').put(record); tx.oncomplete = ok; tx.onerror = err; });
    db.close();
  }, json);
  await page.evaluate(() => { location.hash = '#/reis/groot'; });
  await page.locator('.card').nth(199).waitFor();
  await page.locator('.card').nth(100).click();
  await page.getByLabel('Korte titel').click();
  await page.evaluate(() => {
    globalThis.__attr = {};
    for (const m of ['removeAttribute', 'setAttribute']) {
      const orig = Element.prototype[m];
      Element.prototype[m] = function (name, ...rest) { const k = `${m} ${name} <${this.tagName.toLowerCase()} class=${this.getAttribute('class')}>`; globalThis.__attr[k] = (globalThis.__attr[k] || 0) + 1; return orig.call(this, name, ...rest); };
    }
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.keyboard.type('een langere zin over wat er gebeurde', { delay: 40 });
  const { profile } = await cdp.send('Profiler.stop');
  const self = new Map();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const dt = profile.timeDeltas; let total = 0;
  profile.samples.forEach((id, i) => { const n = byId.get(id); const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}`; self.set(k, (self.get(k) || 0) + dt[i]); total += dt[i]; });
  const top = [...self.entries()].filter(([k]) => !k.startsWith('(idle)') && !k.startsWith('(program)')).sort((a, b) => b[1] - a[1]).slice(0, 25);
  for (const [k, v] of top) console.log((v / 1000).toFixed(1).padStart(8), 'ms', k);
  // Who calls the DOM work: the callers' chain (3 levels) of removeAttribute and addEventListener.
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
  const chains = new Map();
  profile.samples.forEach((id, i) => {
    const n = byId.get(id);
    if (!['removeAttribute', 'addEventListener', 'setAttribute'].includes(n.callFrame.functionName)) return;
    let chain = [n.callFrame.functionName]; let p = parent.get(id);
    for (let k = 0; k < 8 && p; k++) { const f = byId.get(p).callFrame.functionName; chain.push(f.replace(/^.*::/, '').slice(0, 60)); p = parent.get(p); }
    const key = chain.join(' < ');
    chains.set(key, (chains.get(key) || 0) + dt[i]);
  });
  for (const [k, v] of [...chains.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log((v / 1000).toFixed(1).padStart(8), 'ms', k);
  console.log(Object.entries(await page.evaluate(() => globalThis.__attr)).sort((a, b) => b[1] - a[1]).slice(0, 12));
  console.log('total', (total / 1000).toFixed(0), 'ms', 'idle', ((self.get('(idle) ') || 0) / 1000).toFixed(0));
});
